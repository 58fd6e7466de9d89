// Entry point: run the CLI with the process's arguments.
import { main } from './main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

// Entry point: run the CLI with the process's arguments.
import { main } from './main.js';

// A reader that stops early (`newsfaq faq dir | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

// `newsfaq eval ...`: quality measurement (filled in by the eval module).
import type { Command } from 'commander';
import type { Io } from './main.js';

export function registerEval(_program: Command, _io: Io, _setExit: (code: number) => void): void {}

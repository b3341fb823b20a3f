/**
 * A child process for the lock tests: takes the data directory lock, prints "locked <pid>", and
 * holds it until killed. Usage: node --import tsx test/lock-holder-child.ts <lock path> [file]
 * ("file": the file lock, as on systems without the kernel lock).
 */
import { acquireLock } from '../src/store/lock-file.js';

const [path, mode] = process.argv.slice(2);
await acquireLock(path!, { osLock: mode !== 'file', watchMs: 100 });
process.stdout.write(`locked ${process.pid}\n`);
setInterval(() => {}, 60_000);

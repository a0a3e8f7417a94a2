/** `npm run bench`: every benchmark of the project, one after another. */
import { runBackupBench } from './backup.bench';

console.log(`Growth Ledger benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
await runBackupBench();

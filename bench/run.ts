/** `npm run bench`: every benchmark of the project, one after another. */
import { runAuditBench } from './audit.bench';
import { runBackupBench } from './backup.bench';
import { runGrowthPlanBench } from './growth-plan.bench';
import { runJournalBench } from './journal.bench';
import { runRemindersBench } from './reminders.bench';
import { runSearchBench } from './search.bench';

console.log(`Growth Ledger benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
await runBackupBench();
await runGrowthPlanBench();
await runAuditBench();
await runJournalBench();
await runRemindersBench();
await runSearchBench();

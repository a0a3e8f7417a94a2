/**
 * The layer rules that lint enforces, checked on example code: a component that touches the database, a
 * relative import that leaves its top-level folder, and the allowed ways to do the same.
 * Type-aware rules are switched off here (the examples are not files of the project).
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const COMPONENT = 'renderer/src/features/journal/components/Example.tsx';

describe('lint layer rules', () => {
  it('refuse a component that imports the database', async () => {
    for (const source of [
      "import { db } from '@renderer/db/db';",
      "import { useLiveQuery } from 'dexie-react-hooks';",
    ]) {
      expect(await ruleIds(`${source}\nexport const x = [db, useLiveQuery];\n`, COMPONENT)).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*Components don't touch the database/),
      ]);
    }
  });

  it("allow the database in a feature's hooks and model", async () => {
    const code = "import { db } from '@renderer/db/db';\nexport const x = db;\n";
    expect(await ruleIds(code, 'renderer/src/features/journal/hooks/useExample.ts')).toEqual([]);
    expect(await ruleIds(code, 'renderer/src/features/journal/model/example.ts')).toEqual([]);
  });

  it('refuse a deep relative import across top-level folders, and take the alias', async () => {
    const deep = "import { pathTo } from '../../../../../shared/routes';\nexport const x = pathTo;\n";
    expect(await ruleIds(deep, COMPONENT)).toEqual([
      expect.stringMatching(/^layout\/no-cross-folder-relative: .*as @shared\/…/),
    ]);
    const alias = "import { pathTo } from '@shared/routes';\nexport const x = pathTo;\n";
    expect(await ruleIds(alias, COMPONENT)).toEqual([]);
  });
});

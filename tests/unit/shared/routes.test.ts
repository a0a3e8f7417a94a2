import { describe, expect, it } from 'vitest';
import { isUnder, linkTo, matchRoute, pathTo, recordPath, ROUTES } from '@shared/routes';

describe('routes', () => {
  it('build paths from names and parameters', () => {
    expect(pathTo('profile')).toBe('/profile');
    expect(pathTo('competency', { id: 'c-42' })).toBe('/plan/competency/c-42');
    expect(pathTo('bragEvidence', { competencyId: 'x' })).toBe('/brag/evidence/x');
    expect(linkTo('auditReflection')).toBe('#/audit/reflection');
    // @ts-expect-error: a route with a parameter cannot be built without it.
    expect(() => pathTo('retro')).toThrow('Route retro needs the parameter "id".');
    // @ts-expect-error: a misspelled name does not compile.
    expect(() => pathTo('retrospectives')).toThrow();
  });

  it('encode parameters, and match them back decoded', () => {
    const path = pathTo('retro', { id: 'a/b c' });
    expect(path).toBe('/retros/a%2Fb%20c');
    expect(matchRoute('retro', path)).toEqual({ id: 'a/b c' });
    expect(matchRoute('retro', '/retros')).toBeNull();
    expect(matchRoute('competency', '/plan/competency/7')).toEqual({ id: '7' });
    expect(matchRoute('competency', '/plan/competency/7/extra')).toBeNull();
  });

  it('link every kind of record to the screen that shows it', () => {
    expect(recordPath('retro', 'r1')).toBe('/retros/r1');
    expect(recordPath('brag', 'b1')).toBe('/brag/b1');
    expect(recordPath('feedback', 'f1')).toBe('/feedback/f1');
    expect(recordPath('assessment', 't1')).toBe('/assessment/result/t1');
    expect(recordPath('audit', 'a1')).toBe('/audit/history');
  });

  it('keep every path unique, and each screen under its section', () => {
    const paths = Object.values(ROUTES);
    expect(new Set(paths).size).toBe(paths.length);
    const sections = [
      '/today',
      '/profile',
      '/plan',
      '/assessment',
      '/audit',
      '/retros',
      '/brag',
      '/feedback',
      '/people',
      '/data',
      '/settings',
    ];
    for (const path of paths)
      expect(
        sections.some((section) => isUnder(path, section)),
        path,
      ).toBe(true);
  });
});

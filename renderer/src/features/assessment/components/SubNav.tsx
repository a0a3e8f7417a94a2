import { isUnder } from '@renderer/app/router';

export const ASSESSMENT_ROUTE = '/assessment';

const LINKS = [
  { route: ASSESSMENT_ROUTE, label: 'Assessment' },
  { route: `${ASSESSMENT_ROUTE}/history`, label: 'History' },
  { route: `${ASSESSMENT_ROUTE}/decision`, label: 'Decision' },
  { route: `${ASSESSMENT_ROUTE}/trials`, label: 'Trials' },
] as const;

function isCurrent(path: string, route: string) {
  if (route !== ASSESSMENT_ROUTE) return isUnder(path, route);
  // The take and result pages belong to "Assessment".
  return !LINKS.slice(1).some((link) => isUnder(path, link.route));
}

export function SubNav({ path }: { path: string }) {
  return (
    <nav aria-label="Staff or EM pages" className="assessment-subnav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.route}>
            <a href={`#${link.route}`} aria-current={isCurrent(path, link.route) ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

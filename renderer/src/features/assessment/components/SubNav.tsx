import { isUnder, linkTo, ROUTES } from '@renderer/navigation';

const LINKS = [
  { name: 'assessment', label: 'Assessment' },
  { name: 'assessmentHistory', label: 'History' },
  { name: 'assessmentDecision', label: 'Decision' },
  { name: 'assessmentTrials', label: 'Trials' },
] as const;

function isCurrent(path: string, name: (typeof LINKS)[number]['name']) {
  if (name !== 'assessment') return isUnder(path, ROUTES[name]);
  // The take and result pages belong to "Assessment".
  return !LINKS.slice(1).some((link) => isUnder(path, ROUTES[link.name]));
}

export function SubNav({ path }: { path: string }) {
  return (
    <nav aria-label="Staff or EM pages" className="assessment-subnav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.name}>
            <a href={linkTo(link.name)} aria-current={isCurrent(path, link.name) ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

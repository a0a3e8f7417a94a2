import { format, formatDistanceToNowStrict, parseISO } from 'date-fns';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}

export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

export function formatAgo(iso: string): string {
  return formatDistanceToNowStrict(parseISO(iso), { addSuffix: true, roundingMethod: 'floor' });
}

/** "1 record", "3 records". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

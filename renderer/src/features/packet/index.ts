/** The promotion packet (issue 17): one document, saved as Markdown or PDF, for a date range. */
export { PacketView } from './components/PacketView';

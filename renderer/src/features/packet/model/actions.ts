/**
 * The packet's two exports, of the same model: Markdown (main writes the text) and PDF (main prints the
 * packet's print view on screen, with a running header and page numbers).
 */
import { markdownFileName } from '@shared/domain/markdown';
import { packetMarkdown, packetTitle, type Packet } from '@shared/domain/packet';
import type { ExportResult } from '@shared/ipc/contract';
import { call } from '@renderer/platform/api';
import { currentLocale, formatDay } from '@renderer/ui/format';

/** The file name both exports suggest, without its extension: "promotion-packet-2026-01-01-to-2026-06-30". */
export function packetFileBase(packet: Packet): string {
  return `promotion-packet-${packet.range.from}-to-${packet.range.to}`;
}

export function exportPacketMarkdown(packet: Packet): Promise<ExportResult> {
  return call('export:saveText', {
    kind: 'markdown',
    title: 'Save the promotion packet',
    suggestedName: markdownFileName(packetFileBase(packet)),
    text: packetMarkdown(packet, currentLocale()),
  });
}

/** Each PDF page's running header: who, what, and when it was prepared. */
export function packetHeader(packet: Packet): string {
  return `${packetTitle(packet)} · prepared ${formatDay(packet.preparedOn)}`;
}

export function savePacketPdf(packet: Packet): Promise<ExportResult> {
  return call('export:savePdf', {
    title: 'Save the promotion packet as PDF',
    suggestedName: `${packetFileBase(packet)}.pdf`,
    header: packetHeader(packet).slice(0, 200),
  });
}

import { useState } from 'react';
import { format, subYears } from 'date-fns';
import {
  levelText,
  PACKET_BUY_IN_HEADING,
  PACKET_SECTIONS,
  packetTitle,
  type Packet,
  type PacketEvidence,
} from '@shared/domain/packet';
import type { ExportResult } from '@shared/ipc/contract';
import { useToday } from '@renderer/ui/useToday';
import { DateField } from '@renderer/ui/DateField';
import { formatDay } from '@renderer/ui/format';
import { ExportButton } from '@renderer/ui/ExportButton';
import { usePacket } from '../hooks/usePacket';
import { exportPacketMarkdown, savePacketPdf } from '../model/actions';
import '../packet.css';

/**
 * The promotion packet for a date range: the controls to pick the range and save it, and the packet
 * itself, laid out to be read on screen and printed (packet.css hides everything else on paper). The
 * PDF is this view, printed by main; the Markdown is the same model written as text.
 */
export function PacketView() {
  const today = useToday();
  const [from, setFrom] = useState(() => format(subYears(new Date(), 1), 'yyyy-MM-dd'));
  const [to, setTo] = useState(today);
  const valid = from !== '' && to !== '' && from <= to;
  const range = valid ? { from, to } : { from: today, to: today };
  const packet = usePacket(range, today);
  /** Saves the packet with `write`; the buttons are disabled while there is none. */
  const saveWith = (write: (packet: Packet) => Promise<ExportResult>) => async (): Promise<ExportResult> =>
    packet ? write(packet) : { status: 'cancelled' };

  return (
    <div className="stack">
      <section className="card stack packet-controls" aria-labelledby="packet-controls-title">
        <h2 id="packet-controls-title">Promotion packet</h2>
        <p className="muted">
          Everything a promotion conversation needs, in one document: where you are and where you aim, your
          manager’s picture of excellent, each competency with its evidence, your highlights, the feedback you
          received, the checklist and what is still open. Pick the period it covers, then save it.
        </p>
        <div className="row packet-controls__range">
          <DateField label="From" value={from} onChange={(date) => setFrom(date ?? '')} required />
          <DateField label="To" value={to} onChange={(date) => setTo(date ?? '')} required />
        </div>
        {!valid ? (
          <p className="error-text" role="alert">
            Choose a start date on or before the end date.
          </p>
        ) : null}
        <div className="row">
          <ExportButton
            className="button button--primary"
            failure="The PDF could not be saved"
            disabled={!valid || !packet}
            save={saveWith(savePacketPdf)}
          >
            Save as PDF…
          </ExportButton>
          <ExportButton
            failure="The Markdown could not be saved"
            disabled={!valid || !packet}
            save={saveWith(exportPacketMarkdown)}
          >
            Save as Markdown…
          </ExportButton>
        </div>
      </section>
      {packet ? <PacketDocument packet={packet} /> : <p className="muted">Gathering your packet…</p>}
    </div>
  );
}

function EvidenceList({ evidence }: { evidence: readonly PacketEvidence[] }) {
  return (
    <ul className="packet__evidence">
      {evidence.map((e, i) => (
        <li key={i}>
          <span className="packet__kind">{e.kind}</span> · {formatDay(e.date)} · <strong>{e.title}</strong>
          {e.gone ? ' (deleted since)' : ''}
          {e.detail ? <span> — {e.detail}</span> : null}
          {e.shows ? <span className="packet__shows">Shows: {e.shows}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The packet as a document: the same sections, in the same order, as its Markdown. */
function PacketDocument({ packet }: { packet: Packet }) {
  const { person } = packet;
  return (
    <article className="card packet" aria-labelledby="packet-title">
      <header className="packet__header">
        <h2 id="packet-title">{packetTitle(packet)}</h2>
        <p className="muted">
          {formatDay(packet.range.from)} to {formatDay(packet.range.to)} · prepared{' '}
          {formatDay(packet.preparedOn)}
        </p>
      </header>

      <section className="packet__section" aria-labelledby="packet-person">
        <h3 id="packet-person">{PACKET_SECTIONS.person}</h3>
        <dl className="packet__facts">
          {person.role ? (
            <>
              <dt>Role</dt>
              <dd>{person.role}</dd>
            </>
          ) : null}
          {person.currentLevel ? (
            <>
              <dt>Current level</dt>
              <dd>{person.currentLevel}</dd>
            </>
          ) : null}
          <dt>Aiming for</dt>
          <dd>
            {person.aim || 'Not decided yet'}
            {person.targetDate ? `, by ${formatDay(person.targetDate)}` : ''}
          </dd>
        </dl>
      </section>

      <section className="packet__section" aria-labelledby="packet-manager">
        <h3 id="packet-manager">{PACKET_SECTIONS.manager}</h3>
        {packet.managerAnswer ? (
          <>
            <blockquote className="packet__quote">{packet.managerAnswer.text}</blockquote>
            <p className="muted small">Asked on {formatDay(packet.managerAnswer.on)}</p>
          </>
        ) : (
          <p>Not asked yet.</p>
        )}
      </section>

      <section className="packet__section" aria-labelledby="packet-competencies">
        <h3 id="packet-competencies">{PACKET_SECTIONS.competencies}</h3>
        {packet.competencies.length === 0 ? <p>No competencies in the plan yet.</p> : null}
        {packet.competencies.map((c) => (
          <div key={c.id} className="packet__item">
            <h4>{c.name}</h4>
            <p>
              {levelText(c.current, c.target)}
              {c.currentText ? ` — ${c.currentText}` : ''}
            </p>
            {c.evidence.length ? (
              <EvidenceList evidence={c.evidence} />
            ) : (
              <p className="muted">No evidence in this period.</p>
            )}
          </div>
        ))}
      </section>

      <section className="packet__section" aria-labelledby="packet-highlights">
        <h3 id="packet-highlights">{PACKET_SECTIONS.highlights}</h3>
        {packet.highlights.length === 0 ? <p>No brag entries in this period.</p> : null}
        <ul className="packet__list">
          {packet.highlights.map((h, i) => (
            <li key={i} className="packet__item">
              <strong>{h.title}</strong>{' '}
              <span className="muted small">
                ({h.kind}, {formatDay(h.date)})
              </span>
              {h.impact ? <p className="packet__text">{h.impact}</p> : null}
              {h.numbers ? <p className="packet__text muted">Numbers: {h.numbers}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="packet__section" aria-labelledby="packet-feedback">
        <h3 id="packet-feedback">{PACKET_SECTIONS.feedback}</h3>
        {packet.feedback.length === 0 ? <p>No feedback received in this period.</p> : null}
        <ul className="packet__list">
          {packet.feedback.map((f, i) => (
            <li key={i} className="packet__item">
              <strong>{f.from}</strong>{' '}
              <span className="muted small">
                ({formatDay(f.date)}
                {f.tone ? `, ${f.tone.toLocaleLowerCase()}` : ''})
              </span>
              {f.content ? <p className="packet__text">{f.content}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="packet__section" aria-labelledby="packet-checklist">
        <h3 id="packet-checklist">{PACKET_SECTIONS.checklist}</h3>
        {packet.checklist.length === 0 ? <p>No checklist items yet.</p> : null}
        <ul className="packet__list">
          {packet.checklist.map((item, i) => (
            <li key={i} className="packet__item">
              <span aria-hidden="true">{item.met ? '☑' : '☐'}</span> <strong>{item.title}</strong>{' '}
              <span className="muted small">({item.status})</span>
              {item.note ? <p className="packet__text">{item.note}</p> : null}
              {item.evidence.length ? <EvidenceList evidence={item.evidence} /> : null}
            </li>
          ))}
        </ul>
        {packet.buyIn.length > 0 ? (
          <>
            <h4 id="packet-buy-in">{PACKET_BUY_IN_HEADING}</h4>
            <ul className="packet__list" aria-labelledby="packet-buy-in">
              {packet.buyIn.map((b, i) => (
                <li key={i}>
                  <strong>{b.who}</strong> <span className="muted small">({b.relation})</span>: {b.status}
                  {b.on ? `, ${formatDay(b.on)}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="packet__section" aria-labelledby="packet-actions">
        <h3 id="packet-actions">{PACKET_SECTIONS.actions}</h3>
        {packet.openActions.length === 0 ? <p>No open actions.</p> : null}
        <ul className="packet__list">
          {packet.openActions.map((a, i) => (
            <li key={i}>
              {a.title}{' '}
              <span className="muted small">
                ({[a.status, a.competency, a.due ? `due ${formatDay(a.due)}` : ''].filter(Boolean).join(', ')}
                )
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

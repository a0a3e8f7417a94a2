import { QUICK_ENTRY_TOKENS } from '@shared/domain/audit-quick';
import { displayKeys, SHORTCUTS } from '@shared/shortcuts';
import { isDesktop } from '@renderer/platform/api';
import { useStore } from '@renderer/store/store';
import { Dialog } from '@renderer/ui/Dialog';
import { groupShortcuts } from '../model/shortcut-keys';
import '../settings.css';

const GROUPS = groupShortcuts(SHORTCUTS);

/** Every keyboard shortcut, from the same list the native menu uses. Opened with Ctrl/Cmd+/. */
export function ShortcutSheet({ platform }: { platform: string }) {
  const open = useStore((state) => state.shortcutSheetOpen);
  const setOpen = useStore((state) => state.setShortcutSheetOpen);
  const close = () => setOpen(false);
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={close}
      className="shortcut-sheet"
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      {/* Built when opened: the closed sheet costs the first screen nothing. */}
      {open ? <ShortcutList platform={platform} /> : null}
    </Dialog>
  );
}

function ShortcutList({ platform }: { platform: string }) {
  return (
    <>
      <p className="muted small">
        {isDesktop
          ? 'The shortcuts under App and Go to are in the menu bar too.'
          : 'Your browser may keep a few of these for itself (such as opening a new window).'}
      </p>
      <div className="shortcut-sheet__groups">
        {GROUPS.map(({ group, items }) => (
          <div key={group} className="shortcut-sheet__group">
            <h3 className="shortcut-sheet__title">{group}</h3>
            <dl className="shortcut-list">
              {items.map((item) => (
                <div key={item.id} className="shortcut-list__row">
                  <dt>{item.label}</dt>
                  <dd>
                    <kbd className="kbd">{displayKeys(item.keys, platform)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <QuickEntryGrammar />
      </div>
    </>
  );
}

/** The calendar audit's quick-entry line: the tokens typed after the title, from the parser's own list. */
function QuickEntryGrammar() {
  return (
    <div className="shortcut-sheet__group">
      <h3 className="shortcut-sheet__title">Quick-entry line (calendar audit)</h3>
      <p className="muted small">
        After the title, in any order: <kbd className="kbd">1:1 Sam 30m +1 !</kbd>
      </p>
      <dl className="shortcut-list">
        {QUICK_ENTRY_TOKENS.map(({ label, examples }) => (
          <div key={label} className="shortcut-list__row">
            <dt>{label}</dt>
            <dd>
              {examples.map((example, index) => (
                <span key={example}>
                  {index > 0 ? ' ' : null}
                  <kbd className="kbd">{example}</kbd>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

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
      </div>
    </>
  );
}

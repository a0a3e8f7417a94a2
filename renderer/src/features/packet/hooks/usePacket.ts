import { useLiveQuery } from 'dexie-react-hooks';
import type { Packet, PacketRange } from '@shared/domain/packet';
import { db } from '@renderer/db/db';
import { readPacket } from './readPacket';

/** The packet for a range, kept up to date as records change; `undefined` while the range is read. */
export function usePacket(range: PacketRange, today: string): Packet | undefined {
  const found = useLiveQuery(
    async () => ({ key: `${range.from}/${range.to}`, packet: await readPacket(db, range, today) }),
    [range.from, range.to, today],
  );
  return found?.key === `${range.from}/${range.to}` ? found.packet : undefined;
}

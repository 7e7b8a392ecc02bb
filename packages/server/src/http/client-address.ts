// Who is calling, by address, for the limits on calls without a valid token: the connecting peer, or, when
// the peer is one of the configured trusted proxies (TRUSTED_PROXIES: addresses and CIDR ranges; none by
// default), the address that proxy says it saw. X-Forwarded-For is read right to left: each trusted proxy
// appends the address it saw, so the right-most entry no trusted proxy added is the client, and anything to
// its left is what the client wrote itself, which anyone can forge.
import { BlockList, isIP } from 'node:net';

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
const unmapped = (address: string): string => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/** An X-Forwarded-For entry without brackets or port: `[2001:db8::1]:4711` → 2001:db8::1, `192.0.2.1:80` → 192.0.2.1. */
function hostOf(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return withPort?.[1] ?? entry;
}

export class TrustedProxies {
  readonly #list = new BlockList();
  readonly #any: boolean;

  /** Addresses (`10.0.0.7`, `::1`) and CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`); throws naming TRUSTED_PROXIES otherwise. */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address = '', bits, ...rest] = entry.trim().split('/');
      const family = isIP(address);
      const prefix = bits === undefined ? undefined : Number(bits);
      const max = family === 4 ? 32 : 128;
      if (family === 0 || rest.length > 0 || (prefix !== undefined && (!/^\d+$/.test(bits ?? '') || prefix > max))) {
        throw new Error(`TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated; "${entry}" is neither.`);
      }
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.#list.addAddress(address, type);
      else this.#list.addSubnet(address, prefix, type);
    }
    this.#any = entries.length > 0;
  }

  includes(address: string): boolean {
    const plain = unmapped(address);
    const family = isIP(plain);
    return family !== 0 && this.#list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }

  /** The client's address: `peer`, or when it is a trusted proxy, the right-most untrusted X-Forwarded-For hop. */
  clientAddress(peer: string, forwardedFor: string | undefined): string {
    const from = unmapped(peer);
    if (!this.#any || forwardedFor === undefined || !this.includes(from)) return from;
    const hops = forwardedFor.split(',').map((hop) => unmapped(hostOf(hop.trim()))).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] as string;
      if (!this.includes(hop)) return hop.slice(0, 64);
    }
    // Every hop is a proxy we trust: the first of them is as near the client as anyone can tell.
    return hops[0] ?? from;
  }
}

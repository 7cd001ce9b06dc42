/**
 * Security group rules written as "protocol port peer" (e.g. "tcp 5432 10.0.0.0/16", "-1 all 0.0.0.0/0").
 * Rules that cannot be read are left out; the rules engine reports them.
 */
export function parseSecurityGroupRule(text: string, direction: 'ingress' | 'egress'): Record<string, unknown> | undefined {
  const [protocolText, portText = 'all', peer = '0.0.0.0/0', ...rest] = text.trim().split(/\s+/);
  if (!protocolText || rest.length > 0) return undefined;
  const protocol = protocolText.toLowerCase() === 'all' ? '-1' : protocolText.toLowerCase();
  if (!['-1', 'tcp', 'udp', 'icmp'].includes(protocol)) return undefined;

  const rule: Record<string, unknown> = { IpProtocol: protocol };
  if (protocol === 'icmp') {
    rule.FromPort = -1;
    rule.ToPort = -1;
  } else if (protocol !== '-1') {
    const range = portText.toLowerCase() === 'all' ? [0, 65535] : portText.split('-').map(Number);
    const [from, to = from] = range;
    if (from === undefined || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || (to as number) > 65535 || from > (to as number)) return undefined;
    rule.FromPort = from;
    rule.ToPort = to;
  }

  const prefix = direction === 'ingress' ? 'Source' : 'Destination';
  if (/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(peer)) rule.CidrIp = peer;
  else if (peer.includes(':') && peer.includes('/')) rule.CidrIpv6 = peer;
  else if (/^sg-[0-9a-f]+$/.test(peer)) rule[`${prefix}SecurityGroupId`] = peer;
  else if (/^pl-[0-9a-f]+$/.test(peer)) rule[direction === 'ingress' ? 'SourcePrefixListId' : 'DestinationPrefixListId'] = peer;
  else return undefined;
  return rule;
}

/** Group descriptions allow only a few ASCII characters. */
export function groupDescription(text: string, fallback: string): string {
  const cleaned = text.replace(/[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
  return cleaned === '' ? groupDescription(fallback, 'Security group') : cleaned;
}

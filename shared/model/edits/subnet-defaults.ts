import type { Design } from '../design';

/**
 * Settings for a new subnet in a VPC that do not clash with its siblings: the next free /24 of the
 * VPC's /16 and availability zones in turn (a, b, c), so two subnets span two zones as AWS advises.
 */
export function nextSubnetConfig(design: Design, vpcId: string): { cidr: string; availabilityZone: string } | undefined {
  const vpc = design.nodes.find((n) => n.id === vpcId);
  if (!vpc || vpc.kind !== 'vpc') return undefined;
  const match = /^(\d+)\.(\d+)\.\d+\.\d+\/16$/.exec(vpc.config.cidr);
  const siblings = design.nodes.filter((n) => n.kind === 'subnet' && n.parentId === vpcId);
  const used = new Set(siblings.map((n) => (n.kind === 'subnet' ? n.config.cidr : '')));
  const region = design.settings.region;
  const zone = `${region}${'abc'[siblings.length % 3]}`;
  if (!match) return { cidr: '10.0.1.0/24', availabilityZone: zone };
  for (let third = 1; third < 256; third++) {
    const cidr = `${match[1]}.${match[2]}.${third}.0/24`;
    if (!used.has(cidr)) return { cidr, availabilityZone: zone };
  }
  return { cidr: `${match[1]}.${match[2]}.0.0/24`, availabilityZone: zone };
}

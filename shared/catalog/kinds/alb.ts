import { z } from 'zod';
import { AlbTargetConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField, intField } from '../fields';
import { trafficGroup } from '../traffic';

export const alb = defineKind({
  id: 'alb',
  label: 'Application Load Balancer',
  categories: ['trigger'],
  icon: 'resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
  description: 'HTTP(S) load balancer; Lambda targets receive requests as JSON.',
  defaultName: 'Load balancer',
  config: z.object({
    scheme: enumField(['internet-facing', 'internal'], 'internet-facing', { description: 'Reachable from the internet or only inside the VPC.' }),
    listenerPort: intField(80, { description: 'Listener port.', range: [1, 65535] }),
    protocol: enumField(['HTTP', 'HTTPS'], 'HTTP', { description: 'Listener protocol (HTTPS needs a certificate).' }),
    traffic: trafficGroup('requests', 'Requests reaching the listener; spread evenly over the function targets.'),
  }),
  parents: ['vpc'],
  cfnTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  connections: [
    { to: ['lambda-function'], meaning: 'invoke-sync', config: AlbTargetConfig },
    { to: ['security-group'], meaning: 'network-attach' },
  ],
});

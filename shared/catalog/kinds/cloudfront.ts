import { z } from 'zod';
import { EdgeTriggerConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField, textField } from '../fields';
import { trafficGroup } from '../traffic';

export const cloudfront = defineKind({
  id: 'cloudfront',
  label: 'CloudFront distribution',
  categories: ['trigger'],
  icon: 'architecture-service/AmazonCloudFront.svg',
  description: 'CDN; runs Lambda@Edge and CloudFront Functions on requests and responses.',
  defaultName: 'Distribution',
  config: z.object({
    originDomain: textField('example.com', { description: 'Domain of the origin CloudFront fetches from.' }),
    priceClass: enumField(['PriceClass_All', 'PriceClass_200', 'PriceClass_100'], 'PriceClass_100', { description: 'Edge locations used.' }),
    comment: textField('', { description: 'Description of the distribution.' }),
    traffic: trafficGroup('requests', 'Requests that reach the edge functions (origin triggers run on cache misses only: count those).'),
  }),
  cfnTypes: ['AWS::CloudFront::Distribution'],
  connections: [
    { to: ['lambda-function'], meaning: 'invoke-sync', label: 'Lambda@Edge trigger', config: EdgeTriggerConfig },
    { to: ['cloudfront-function'], meaning: 'invoke-sync', label: 'CloudFront Function', config: EdgeTriggerConfig },
  ],
});

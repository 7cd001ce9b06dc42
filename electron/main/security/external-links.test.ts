import { describe, expect, it } from 'vitest';
import { vetExternalUrl } from './external-links';

describe('vetExternalUrl', () => {
  it.each([
    'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    'https://aws.amazon.com/lambda/pricing/',
    'https://github.com/aws/serverless-application-model',
    'https://DOCS.AWS.AMAZON.COM/lambda/',
  ])('lets %s through', (url) => {
    expect(vetExternalUrl(url)).toBe(new URL(url).href);
  });

  it.each([
    ['plain http', 'http://docs.aws.amazon.com/lambda/'],
    ['a look-alike host', 'https://docs.aws.amazon.com.evil.example/'],
    ['a subdomain that is not listed', 'https://gist.github.com/x'],
    ['another host', 'https://example.com/'],
    ['credentials', 'https://user:pass@github.com/'],
    ['a username trick', 'https://github.com@evil.example/'],
    ['another port', 'https://github.com:8443/'],
    ['file://', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a relative URL', '/lambda/'],
    ['not a string', 42],
    ['a huge URL', `https://github.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_case, url) => {
    expect(vetExternalUrl(url)).toBeNull();
  });
});

import { useEffect, useMemo, useRef, useState } from 'react';
import type { RuleDefinition } from '../../../shared/rules/define-rule';
import { RULES } from '../../../shared/rules/registry';
import { useEscape } from '../../state/use-escape';
import { useUi } from '../../state/ui-store';
import { areaOf, RULE_AREAS } from '../../../shared/rules/rule-areas';

function matches(rule: RuleDefinition, query: string): boolean {
  if (!query) return true;
  const haystack = `${rule.id} ${rule.title} ${rule.limit} ${rule.why}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word));
}

/** Every rule the app checks: what it checks, why it matters, the limit and where AWS documents it. */
export function RulesReference() {
  const open = useUi((s) => s.rulesOpen);
  const focus = useUi((s) => s.rulesFocus);
  const [query, setQuery] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const close = () => {
    setQuery('');
    useUi.getState().set({ rulesOpen: false, rulesFocus: null });
  };
  useEscape(open, close);
  useEffect(() => {
    if (open && focus) list.current?.querySelector(`[data-rule="${focus}"]`)?.scrollIntoView({ block: 'start' });
  }, [open, focus]);
  const shown = useMemo(() => RULES.filter((r) => matches(r, query)), [query]);
  if (!open) return null;
  const areas = RULE_AREAS.map((a) => ({ ...a, rules: shown.filter((r) => areaOf(r.id) === a.label) })).filter((a) => a.rules.length > 0);
  return (
    <div className="overlay" role="presentation" onClick={close}>
      <div className="overlay-card rules-reference" role="dialog" aria-modal="true" aria-label="Rules reference" data-testid="rules-reference" onClick={(e) => e.stopPropagation()}>
        <div className="rules-header">
          <h2>Rules reference</h2>
          <input type="search" aria-label="Search rules" placeholder={`Search ${RULES.length} rules`} value={query} onChange={(e) => setQuery(e.target.value)} autoFocus={!focus} />
          <button type="button" onClick={close}>Close</button>
        </div>
        <div className="rules-list" ref={list}>
          {areas.length === 0 ? <p className="muted">No rule matches “{query}”.</p> : null}
          {areas.map((area) => (
            <section key={area.prefix}>
              <h3>{area.label}</h3>
              {area.rules.map((rule) => (
                <article key={rule.id} data-rule={rule.id} className={`rule-entry${rule.id === focus ? ' is-focused' : ''}`}>
                  <header>
                    <span className={`severity-dot severity-${rule.severity}`} aria-label={rule.severity} role="img" />
                    <code>{rule.id}</code> <strong>{rule.title}</strong> <span className="muted">({rule.severity})</span>
                  </header>
                  <p className="rule-limit">{rule.limit}</p>
                  <p>{rule.why}</p>
                  <a href={rule.docsUrl} target="_blank" rel="noreferrer">AWS documentation</a>
                </article>
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

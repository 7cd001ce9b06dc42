import { useId } from 'react';
import { useUi } from '../../state/ui-store';

/** Slider steps are powers of ten in tenths: −1 … 2 is ×0.1 … ×100. */
const toScale = (step: number) => Math.round(10 ** (step / 10) * 100) / 100;
const toStep = (scale: number) => Math.round(Math.log10(scale) * 10);

function label(scale: number): string {
  return `×${scale >= 10 ? scale.toFixed(0) : scale >= 1 ? scale.toFixed(1).replace(/\.0$/, '') : scale.toFixed(2).replace(/0$/, '')}`;
}

/** What if the traffic were ten times less, or a hundred times more. */
export function WhatIfSlider() {
  const scale = useUi((s) => s.costScale);
  const id = useId();
  return (
    <div className="what-if">
      <label htmlFor={id}>Traffic what-if</label>
      <input id={id} type="range" min={-10} max={20} step={1} value={toStep(scale)} onChange={(e) => useUi.getState().set({ costScale: toScale(Number(e.target.value)) })} aria-valuetext={label(scale)} />
      <output htmlFor={id} data-testid="what-if-scale">{label(scale)}</output>
      {scale !== 1 ? (
        <button type="button" className="link-button" onClick={() => useUi.getState().set({ costScale: 1 })}>
          Reset
        </button>
      ) : null}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Canvas } from './canvas/Canvas';
import { Palette } from './panels/palette/Palette';
import { SidePanel } from './panels/SidePanel';
import { TemplatePanel } from './panels/template/TemplatePanel';
import { Inspector } from './panels/inspector/Inspector';
import { ShortcutsOverlay } from './panels/ShortcutsOverlay';
import { handleKeyDown } from './state/commands';
import { DesignFilePane } from './panels/DesignFilePane';
import { offerRecovery, startAutosave } from './state/autosave';
import { confirmDiscard, exportDiagram, newDocument, openDocument, replaceDocument, saveDocument } from './state/document-actions';
import { Dialog } from './panels/Dialog';
import { useDesigner } from './state/store';
import { useUi } from './state/ui-store';
import { autoLayout } from './state/actions';
import { currentTheme, useTheme } from './state/use-theme';
import { designerApi } from './host/designer-api';
import { startElectronBridge } from './host/electron-bridge';
import { Gallery } from './panels/gallery/Gallery';
import { ProblemsPanel, ProblemsTabLabel } from './panels/problems/ProblemsPanel';
import { RulesReference } from './panels/problems/RulesReference';
import { CostPanel, CostTabLabel } from './panels/cost/CostPanel';
import { findStarter } from './templates';

async function openStarter(slug: string) {
  const starter = findStarter(slug);
  if (starter && (await confirmDiscard('open a starter design'))) replaceDocument(structuredClone(starter.design), starter.design.name, null);
}

export function App() {
  // Not the design, and the document only when its name or state changes: App re-rendering on every
  // edit re-rendered the whole window on each step of a drag.
  const document = useDesigner(useShallow((s) => s.document));
  const { theme, setChoice } = useTheme();
  const [ready, setReady] = useState(false);
  const [galleryOpen, setGalleryOpen] = useState(false);

  useEffect(() => {
    const slug = new URLSearchParams(window.location.search).get('template');
    if (slug) void openStarter(slug);
    const stopAutosave = startAutosave();
    const recovered = offerRecovery().finally(() => setReady(true));
    // In the desktop app: menus, files to open, the close-time save and the window title.
    const designer = designerApi();
    const stopBridge = designer
      ? startElectronBridge(designer, { whenReady: recovered, theme: currentTheme, toggleTheme: () => setChoice(currentTheme() === 'dark' ? 'light' : 'dark') })
      : undefined;
    const warnBeforeLeaving = (e: BeforeUnloadEvent) => {
      if (useDesigner.getState().document.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeLeaving);
    return () => {
      stopAutosave();
      stopBridge?.();
      window.removeEventListener('beforeunload', warnBeforeLeaving);
    };
  }, []);

  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);

  useEffect(() => {
    window.document.title = `${document.dirty ? '• ' : ''}${document.name} — Lambda Designer`;
  }, [document]);

  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'}>
      <header className="toolbar">
        <span className="brand">λ Lambda Designer</span>
        <span className="document-name" data-testid="document-name">
          {document.name}
          {document.dirty ? <span className="dirty-marker" title="Unsaved changes"> •</span> : null}
        </span>
        <div className="toolbar-actions">
          <button type="button" onClick={() => void newDocument()}>New</button>
          <button type="button" onClick={() => void openDocument()}>Open…</button>
          <button type="button" onClick={() => void saveDocument(false)}>Save</button>
          <button type="button" onClick={() => setGalleryOpen(true)}>
            Starter designs…
          </button>
          <select aria-label="Export picture" value="" onChange={(e) => e.target.value && void exportDiagram(e.target.value as 'svg' | 'png', theme)}>
            <option value="">Export picture…</option>
            <option value="png">PNG</option>
            <option value="svg">SVG</option>
          </select>
          <button type="button" onClick={() => void autoLayout()} title="Auto layout (Shift+L)">
            Auto layout
          </button>
          <button type="button" onClick={() => useUi.getState().set({ shortcutsOpen: true })} aria-label="Keyboard shortcuts">
            ?
          </button>
          <button type="button" onClick={() => setChoice(theme === 'dark' ? 'light' : 'dark')} aria-label="Toggle theme">
            {theme === 'dark' ? '☀ Light' : '☾ Dark'}
          </button>
        </div>
      </header>
      <main className="workspace">
        <Palette />
        <Canvas />
        <SidePanel
          tabs={[
            { id: 'inspector', label: 'Inspector', render: () => <Inspector theme={theme} /> },
            { id: 'problems', label: <ProblemsTabLabel />, render: () => <ProblemsPanel /> },
            { id: 'cost', label: <CostTabLabel />, render: () => <CostPanel /> },
            { id: 'template', label: 'Template', render: () => <TemplatePanel theme={theme} /> },
            { id: 'document', label: 'Design file', render: () => <DesignFilePane theme={theme} /> },
          ]}
        />
      </main>
      <ShortcutsOverlay />
      <RulesReference />
      <Dialog />
      {galleryOpen ? (
        <Gallery
          onClose={() => setGalleryOpen(false)}
          onPick={(slug) => {
            setGalleryOpen(false);
            void openStarter(slug);
          }}
        />
      ) : null}
    </div>
  );
}

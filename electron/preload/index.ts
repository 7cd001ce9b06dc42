import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { buildDesignerApi } from './build-api';

// zod would probe for eval (new Function) to speed up parsing; the page's policy forbids eval, so never try.
z.config({ jitless: true });

// The page gets window.designer: the contract's methods and events, never ipcRenderer or Node.
contextBridge.exposeInMainWorld('designer', buildDesignerApi(ipcRenderer, process.platform));

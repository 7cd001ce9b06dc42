import { contextBridge } from 'electron';

// The page gets a narrow, read-only description of its host, never ipcRenderer or Node.
contextBridge.exposeInMainWorld('designer', {
  host: 'electron',
  versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
});

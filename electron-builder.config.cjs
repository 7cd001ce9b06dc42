// electron-builder configuration: `npm run dist` packages dist/ into release/. Where Electron cannot be
// downloaded, set ELECTRON_DIST to a folder holding an unpacked Electron of the version in
// package.json (electron-builder's `electronDist`). Icons go in build-resources/ when there are some;
// without them electron-builder uses Electron's default icon.
const DESIGN_MIME_TYPE = 'application/vnd.lambda-designer+json';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.lambda-designer.app',
  productName: 'Lambda Designer',
  directories: { output: 'release', buildResources: 'build-resources' },
  // The app is dist/electron (main, preload) and dist/renderer; the CLI, benchmarks and source maps stay out.
  files: ['dist/**', '!dist/cli/**', '!dist/bench/**', '!dist/**/*.map', 'package.json'],
  extraMetadata: { main: 'dist/electron/main.cjs' },
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  fileAssociations: [
    { ext: 'lambda.json', name: 'Lambda Designer design', description: 'AWS Lambda architecture design', mimeType: DESIGN_MIME_TYPE, role: 'Editor' },
  ],
  linux: { target: ['AppImage', 'deb'], category: 'Development', mimeTypes: [DESIGN_MIME_TYPE] },
  deb: { maintainer: 'Lambda Designer <team@lambda-designer.dev>' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools' },
};

// electron-builder configuration: `npm run dist`. Where Electron cannot be downloaded, set
// ELECTRON_DIST to a folder holding an unpacked Electron of the version in package.json.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.lambda-designer.app',
  productName: 'Lambda Designer',
  directories: { output: 'release', buildResources: 'build-resources' },
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json'],
  extraMetadata: { main: 'dist/electron/main.cjs' },
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  fileAssociations: [
    { ext: 'lambda.json', name: 'Lambda Designer design', description: 'AWS Lambda architecture', mimeType: 'application/vnd.lambda-designer+json', role: 'Editor' },
  ],
  linux: { target: ['AppImage', 'deb'], category: 'Development', mimeTypes: ['application/vnd.lambda-designer+json'] },
  deb: { maintainer: 'Lambda Designer <team@lambda-designer.dev>' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools' },
};

import { z } from 'zod';
import { defineKind } from '../define-kind';
import { intField, textField } from '../fields';

export const efsAccessPoint = defineKind({
  id: 'efs-access-point',
  label: 'EFS access point',
  categories: ['data'],
  icon: 'resource/AmazonElasticFileSystemFileSystem.svg',
  description: 'Entry into a file system with a fixed root folder and POSIX user.',
  defaultName: 'Access point',
  config: z.object({
    rootPath: textField('/lambda', { description: 'Folder the access point exposes.' }),
    posixUid: intField(1000, { description: 'POSIX user id for every request.' }),
    posixGid: intField(1000, { description: 'POSIX group id for every request.' }),
  }),
  parents: ['vpc'],
  cfnTypes: ['AWS::EFS::AccessPoint'],
  connections: [{ to: ['efs-file-system'], meaning: 'part-of', label: 'Access point of' }],
});

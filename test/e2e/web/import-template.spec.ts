import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { nodeNamed } from '../support/canvas';
import { replaceInEditor } from '../support/template-editor';

// Without the File System Access API the browser host opens by upload and saves by download.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders pipeline
Parameters:
  Stage:
    Type: String
    Default: prod
Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 20
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
  OrderWorker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Timeout: 60
      Policies:
        - DynamoDBCrudPolicy:
            TableName: !Ref OrdersTable
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
`;

/** Written by hand: comments, blank lines, four-space indentation, a name and tags the design does not model. */
const WRITTEN_BY_HAND = `# Orders stack: a queue and its worker
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31

Resources:
    # Orders wait here
    OrdersQueue:
        Type: AWS::SQS::Queue
        Properties:
            VisibilityTimeout: 20   # seconds
            Tags:
                - Key: team
                  Value: orders

    OrderWorker:
        Type: AWS::Serverless::Function
        Properties:
            FunctionName: order-worker
            Runtime: python3.13
            Handler: app.handler
            CodeUri: src/
            Timeout: 60
            Events:
                Orders:
                    Type: SQS
                    Properties:
                        Queue: !GetAtt OrdersQueue.Arn
`;

async function openFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

test('opening a SAM template draws it laid out, checks it, and saves it as a new design', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'orders.yaml', TEMPLATE);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  for (const id of ['OrdersQueue', 'OrdersTable', 'OrderWorker']) await expect(nodeNamed(page, id)).toBeVisible();
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(1);
  await expect(page.locator('[data-meaning="access"]')).toHaveCount(1);
  // Laid out: no two components overlap.
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  }
  // Unsaved: the template is never overwritten; the problems of the template show at once.
  await expect(page.getByTestId('document-name')).toContainText('•');
  await expect(page.getByTestId('tab-count-error')).toHaveText('1');
  await page.getByTestId('tab-problems').click();
  await expect(page.getByTestId('problems').locator('[data-rule="SQS001"]')).toContainText('“OrdersQueue”');
  await page.screenshot({ path: 'test/artifacts/imported-template.png' });

  // Parameters survive into the template panel.
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('Parameters:');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await download).suggestedFilename()).toMatch(/\.lambda\.json$/);
});

test('a template that cannot be read is explained with its line, and the open design stays', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  const count = await page.locator('.react-flow__node').count();
  await openFile(page, 'broken.yaml', 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties: [unclosed\n');
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText('Cannot open broken.yaml');
  await expect(dialog).toContainText('broken.yaml:');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('a template fixed with one click and exported comes back as written but for the fixed line', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'orders.yaml', WRITTEN_BY_HAND);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.getByTestId('tab-problems').click();
  await page.getByRole('button', { name: 'Set the visibility timeout to 360 s' }).click();
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('VisibilityTimeout: 360');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export template…' }).click();
  const exported = readFileSync((await (await download).path()) as string, 'utf8');
  expect(exported).toBe(WRITTEN_BY_HAND.replace('VisibilityTimeout: 20   # seconds', 'VisibilityTimeout: 360   # seconds'));
});

test('in an opened template, a setting the design does not model typed into the template is kept and exported as typed', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'orders.yaml', WRITTEN_BY_HAND);
  await page.getByTestId('tab-template').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor.locator('.view-lines')).toContainText('FunctionName: order-worker');
  await editor.locator('.view-lines').click();
  await replaceInEditor(page, 'FunctionName: order-worker', 'FunctionName: orders-worker   # renamed');
  // Leaving the editor applies the edit at once; nothing says it cannot be kept.
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await expect(page.getByTestId('template-panel')).not.toContainText('not kept');
  await expect(editor.locator('.view-lines')).toContainText('FunctionName: orders-worker   # renamed');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export template…' }).click();
  const exported = readFileSync((await (await download).path()) as string, 'utf8');
  expect(exported).toBe(WRITTEN_BY_HAND.replace('FunctionName: order-worker', 'FunctionName: orders-worker   # renamed'));
});

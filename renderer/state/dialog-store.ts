import { create } from 'zustand';

export interface DialogButton<T extends string> {
  label: string;
  value: T;
  primary?: boolean;
}

export interface DialogRequest {
  title: string;
  message: string;
  /** Lines listed under the message, such as every problem of a file. */
  details?: string[];
  buttons: DialogButton<string>[];
}

interface DialogState {
  current: (DialogRequest & { resolve: (value: string) => void }) | null;
}

export const useDialog = create<DialogState>()(() => ({ current: null }));

/** Shows a modal question and resolves with the value of the button pressed (the last button on Escape). */
export function ask<T extends string>(request: DialogRequest & { buttons: DialogButton<T>[] }): Promise<T> {
  return new Promise((resolve) => {
    useDialog.setState({
      current: {
        ...request,
        resolve: (value) => {
          useDialog.setState({ current: null });
          resolve(value as T);
        },
      },
    });
  });
}

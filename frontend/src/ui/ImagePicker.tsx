import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { ConfirmButton } from './ConfirmButton';
import { FileInput } from './FileInput';
import { FormError } from './FormError';
import { IMAGE_MAX_BYTES, IMAGE_TYPES, drawable, imageProblem } from './images';
import { refocus } from './refocus';

/** The words of a picker, each a key of its owner's messages (`cover.*`, `avatar.*`). */
export type ImagePickerText = (
  key:
    | 'file'
    | 'hint'
    | 'current'
    | 'none'
    | 'preview'
    | 'type'
    | 'size'
    | 'unreadable'
    | 'upload'
    | 'cancel'
    | 'remove'
    | 'removeQuestion'
    | 'removeConfirm',
  values: { size: number },
) => string;

/** A chosen file as a URL the page may show, released when another is chosen or the picker goes. */
function usePreview(file: File | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!file) {
      setUrl(undefined);
      return;
    }
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url;
}

/**
 * An image to change: the file is checked as soon as it is chosen (type and size, before 2 MB travel for the
 * server to refuse them), shown as it will look, then sent or dropped; the image there is can be removed.
 */
export function ImagePicker({
  id,
  text,
  image,
  show,
  upload,
  remove,
}: {
  id: string;
  text: ImagePickerText;
  /** The image there is now, if any. */
  image: string | null | undefined;
  /** The picture as the page shows it: the preview of the chosen file, else the image there is. */
  show: (src: string | null | undefined) => ReactNode;
  upload: UseMutationResult<unknown, Error, File>;
  remove: UseMutationResult<unknown, Error, void>;
}) {
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  // a new key empties the file field, which has no value to set
  const [inputKey, setInputKey] = useState(0);
  const preview = usePreview(file);
  // the file chosen last: a slow check of an earlier one must not undo a later choice
  const latest = useRef<File | undefined>(undefined);
  const say = (key: Parameters<ImagePickerText>[0]) => text(key, { size: IMAGE_MAX_BYTES / 1024 / 1024 });
  const fileField = () => document.getElementById(`${id}-file`);

  function clear() {
    setFile(undefined);
    setInputKey((key) => key + 1);
  }

  // what was said of the last file, by the server too ("not a valid PNG image"), no longer applies
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    latest.current = chosen;
    upload.reset();
    const why = chosen ? imageProblem(chosen) : null;
    setProblem(why ? say(why) : undefined);
    setFile(undefined);
    if (!chosen || why) {
      return;
    }
    const readable = await drawable(chosen);
    if (latest.current === chosen) {
      setProblem(readable ? undefined : say('unreadable'));
      setFile(readable ? chosen : undefined);
    }
  }

  // Upload and Remove go once they have done their work: the focus they held goes to the file field, not the page
  function uploadChosen(chosen: File) {
    if (!upload.isPending) {
      upload.mutate(chosen, { onSuccess: () => (clear(), void refocus(fileField)) });
    }
  }

  return (
    <div className="image-picker">
      <figure>
        {show(preview ?? image)}
        <figcaption className="muted">{say(preview ? 'preview' : image ? 'current' : 'none')}</figcaption>
      </figure>
      <div className="image-picker-controls">
        <div className="field">
          <label htmlFor={`${id}-file`}>{say('file')}</label>
          <FileInput
            key={inputKey}
            id={`${id}-file`}
            accept={IMAGE_TYPES.join(',')}
            onChange={choose}
            aria-describedby={`${id}-hint`}
            aria-invalid={problem ? true : undefined}
          />
          <small id={`${id}-hint`} className="hint">
            {say('hint')}
          </small>
        </div>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <FormError error={upload.error ?? remove.error} />
        <div className="button-row">
          {file && (
            <>
              <button
                type="button"
                className="primary"
                onClick={() => uploadChosen(file)}
                aria-disabled={upload.isPending || undefined}
              >
                {say('upload')}
              </button>
              <button type="button" onClick={clear}>
                {say('cancel')}
              </button>
            </>
          )}
          {!file && image && (
            <ConfirmButton
              question={say('removeQuestion')}
              confirm={say('removeConfirm')}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void refocus(fileField) })}
              disabled={remove.isPending}
            >
              {say('remove')}
            </ConfirmButton>
          )}
        </div>
      </div>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { BigButton } from './big-button';
import type { MediaProblem } from './media-problem';
import { CameraIcon, NextIcon } from './media-icons';
import type { CameraControls } from './use-camera';
import './kiosk-inputs.css';

export interface CameraCaptureLabels {
  preview: string;
  photo: string;
  starting: string;
  capture: string;
  retake: string;
  use: string;
  skip: string;
  retry: string;
  problem: (problem: MediaProblem) => string;
  captureFailed: string;
}

export interface CameraCaptureProps {
  camera: CameraControls;
  /** The photo taken (an object URL owned by the caller), if any. */
  photoUrl: string | null;
  onCaptured: (jpeg: Blob) => void;
  onRetake: () => void;
  onUse: () => void;
  onSkip: () => void;
  labels: CameraCaptureLabels;
}

/**
 * A photo step's view and its buttons, separately, so a screen can put the buttons in its
 * bottom bar (always visible) and the picture in its body: the live preview with Take photo and
 * Skip; after a capture the still with Retake and Use this one. When the camera cannot be used
 * the reason is said in words, with Try again and Skip. Skip is always there: the photo is
 * optional.
 */
export function useCameraCapture({ camera, photoUrl, onCaptured, onRetake, onUse, onSkip, labels }: CameraCaptureProps): { view: ReactNode; actions: ReactNode } {
  const [captureFailed, setCaptureFailed] = useState(false);
  const { state, videoRef, start, capture } = camera;

  function takePhoto() {
    setCaptureFailed(false);
    capture().then(onCaptured, (error: unknown) => {
      console.warn('[kiosk] capture failed', error);
      setCaptureFailed(true);
    });
  }

  if (photoUrl) {
    return {
      view: (
        <div className="camera-capture">
          <img className="camera-frame" src={photoUrl} alt={labels.photo} />
        </div>
      ),
      actions: (
        <>
          <BigButton variant="secondary" icon={<CameraIcon />} onClick={onRetake}>
            {labels.retake}
          </BigButton>
          <BigButton icon={<NextIcon />} onClick={onUse}>
            {labels.use}
          </BigButton>
        </>
      ),
    };
  }

  const problem = state.phase === 'problem' ? labels.problem(state.problem) : captureFailed ? labels.captureFailed : null;
  return {
    view: (
      <div className="camera-capture">
        {problem ? (
          <p className="camera-problem" role="alert">
            {problem}
          </p>
        ) : (
          <p className="camera-status" role="status">
            {state.phase === 'starting' ? labels.starting : ''}
          </p>
        )}
        <video ref={videoRef} className="camera-frame" hidden={state.phase === 'problem'} aria-label={labels.preview} autoPlay muted playsInline />
      </div>
    ),
    actions: (
      <>
        <BigButton variant="secondary" onClick={onSkip}>
          {labels.skip}
        </BigButton>
        {state.phase === 'problem' ? (
          <BigButton icon={<CameraIcon />} onClick={start}>
            {labels.retry}
          </BigButton>
        ) : (
          <BigButton icon={<CameraIcon />} onClick={takePhoto} disabled={state.phase !== 'live'}>
            {labels.capture}
          </BigButton>
        )}
      </>
    ),
  };
}

/** The view with its buttons below it, for places without a bottom bar. */
export function CameraCapture(props: CameraCaptureProps) {
  const { view, actions } = useCameraCapture(props);
  return (
    <>
      {view}
      <div className="camera-actions">{actions}</div>
    </>
  );
}

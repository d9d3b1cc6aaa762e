declare module 'write-good' {
  const writeGood: (text: string) => Array<{ index: number; offset: number; reason: string }>;
  export default writeGood;
}

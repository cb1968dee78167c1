export function writeGenerated(target: string, source: string, script: string): void;

/** What a local override may say about one outlet (the file maps domain or outlet id → Override). */
export interface Override {
  /** One of the seven labels (far-left … far-right). */
  readonly bias?: string;
  /** One of MBFC's six levels (very-high … very-low). */
  readonly factuality?: string;
  readonly owner?: string;
  readonly ownership?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  readonly name?: string;
  readonly note?: string;
  /** The local bias replaces the blend instead of joining it with the "local" weight. */
  readonly replace?: boolean;
  /** When the override was set (ISO time); `parallax outlets set` writes it. */
  readonly asOf?: string;
}

/** The override file: keys are domains ("example.com") or outlet ids. */
export type Overrides = Readonly<Record<string, Override>>;

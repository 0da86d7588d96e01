// The subset of playwright-core's API the e2e suite uses, typed locally: playwright-core is
// loaded at run time from the test-host cache folder (scripts/install-test-host.sh), not from
// this project's node_modules. Add members here when a test needs more; the index signatures
// keep the rest of the real API reachable.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface WaitOptions { timeout?: number; state?: 'attached' | 'detached' | 'visible' | 'hidden' }
export interface ClickOptions { timeout?: number; force?: boolean; position?: { x: number; y: number }; button?: 'left' | 'right' | 'middle'; clickCount?: number }
export interface LocatorOptions { hasText?: string | RegExp; hasNotText?: string | RegExp; has?: Locator }

export interface Locator {
  [member: string]: any;
  locator(selector: string, options?: LocatorOptions): Locator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean; selected?: boolean }): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  filter(options: LocatorOptions): Locator;
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  count(): Promise<number>;
  all(): Promise<Locator[]>;
  waitFor(options?: WaitOptions): Promise<void>;
  click(options?: ClickOptions): Promise<void>;
  dblclick(options?: ClickOptions): Promise<void>;
  hover(options?: { timeout?: number; force?: boolean }): Promise<void>;
  focus(options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  clear(options?: { timeout?: number }): Promise<void>;
  press(key: string, options?: { delay?: number; timeout?: number }): Promise<void>;
  pressSequentially(text: string, options?: { delay?: number; timeout?: number }): Promise<void>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  innerText(options?: { timeout?: number }): Promise<string>;
  allTextContents(): Promise<string[]>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  isVisible(): Promise<boolean>;
  evaluate<R>(fn: (element: any, arg?: any) => R | Promise<R>, arg?: unknown): Promise<R>;
  screenshot(options?: { path?: string }): Promise<Buffer>;
}

export interface FrameLocator {
  [member: string]: any;
  locator(selector: string, options?: LocatorOptions): Locator;
  frameLocator(selector: string): FrameLocator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean; selected?: boolean }): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  first(): FrameLocator;
  owner(): Locator;
}

export interface Keyboard {
  press(key: string, options?: { delay?: number }): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
}

export interface Page {
  [member: string]: any;
  goto(url: string, options?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' }): Promise<unknown>;
  reload(options?: { timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: LocatorOptions): Locator;
  frameLocator(selector: string): FrameLocator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  keyboard: Keyboard;
  screenshot(options?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  evaluate<R>(fn: (arg?: any) => R | Promise<R>, arg?: unknown): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
  setDefaultTimeout(ms: number): void;
  exposeFunction(name: string, fn: (...args: any[]) => unknown): Promise<void>;
  on(event: string, listener: (...args: any[]) => void): Page;
}

export interface BrowserContext {
  [member: string]: any;
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Keyboard and pointer selection in the #results listbox: one active option,
 * marked with aria-selected and announced through aria-activedescendant while
 * focus stays on the listbox itself.
 */
export class ListNav {
  private active = -1;

  constructor(private readonly list: HTMLElement) {}

  options(): HTMLElement[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>('[role="option"]'));
  }

  current(): HTMLElement | undefined {
    return this.options()[this.active];
  }

  /** Forgets the selection (after re-rendering). */
  reset(): void {
    this.active = -1;
    this.list.removeAttribute('aria-activedescendant');
  }

  /** Selects option `index` (clamped); returns false when the list is empty. */
  select(index: number): boolean {
    const opts = this.options();
    if (opts.length === 0) { this.reset(); return false; }
    const i = Math.max(0, Math.min(opts.length - 1, index));
    opts[this.active]?.setAttribute('aria-selected', 'false');
    opts[this.active]?.classList.remove('active');
    this.active = i;
    const opt = opts[i];
    opt.setAttribute('aria-selected', 'true');
    opt.classList.add('active');
    this.list.setAttribute('aria-activedescendant', opt.id);
    opt.scrollIntoView({ block: 'nearest' });
    return true;
  }

  selectElement(opt: HTMLElement): void {
    const i = this.options().indexOf(opt);
    if (i >= 0) this.select(i);
  }

  index(): number {
    return this.active;
  }

  /** Moves by `delta`; returns false when moving up past the first option. */
  move(delta: number): boolean {
    if (this.active + delta < 0) return false;
    return this.select(this.active < 0 ? 0 : this.active + delta);
  }

  /** Moves a page of options (as many as fit in the scroller). */
  page(direction: 1 | -1, scroller: HTMLElement): void {
    const opt = this.current();
    const per = opt ? Math.max(1, Math.floor(scroller.clientHeight / Math.max(1, opt.offsetHeight))) : 1;
    this.select(Math.max(0, this.active) + direction * per);
  }

  last(): void {
    this.select(this.options().length - 1);
  }
}

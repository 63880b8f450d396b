/**
 * A timeline written as a list (the element's fourth input): every field a list item can give,
 * and every precision. Static markup written here, rendered as the page's own HTML.
 */
export const wallList = `
  <h2>The Berlin Wall</h2>
  <ol>
    <li id="border-closed" data-group="east" data-place="Berlin">
      <time datetime="1961-08-13">13 August 1961</time>:
      <strong>The border is closed</strong>
      <p>Overnight, soldiers and workers close the sector border with barbed wire.</p>
      <blockquote>Nobody intends to build a wall.</blockquote>
      <a href="https://en.wikipedia.org/wiki/Berlin_Wall">Wikipedia: Berlin Wall</a>
    </li>
    <li data-group="east"><time datetime="1961">1961</time> <strong>A year of flight</strong></li>
    <li data-group="west"><time datetime="1963-06">June 1963</time> <strong>Kennedy visits</strong></li>
    <li data-group="west"><time datetime="1971-W36">week 36, 1971</time> <strong>Four Power Agreement signed</strong></li>
    <li data-group="east"><time datetime="1989-11-09T18:53">9 November 1989, 18:53</time> <strong>Schabowski’s press conference</strong></li>
    <li data-group="east"><time datetime="1989-11-09">9 November</time> – <time datetime="1989-11-10">10 November 1989</time> <strong>The checkpoints open</strong></li>
    <li data-group="west"><time datetime="1990~">about 1990</time> <strong>Souvenir trade in Wall pieces</strong></li>
    <li><time datetime="1990-06">June 1990</time> – <time datetime="..">ongoing</time> <strong>Demolition and memory</strong></li>
  </ol>`;

/** The style sheet that shows the list as a plain dated list until the element is defined (examples/list/fallback.css). */
export const fallbackCss = 'list-example/fallback.css';

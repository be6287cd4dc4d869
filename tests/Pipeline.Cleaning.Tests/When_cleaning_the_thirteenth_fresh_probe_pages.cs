namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A thirteenth batch of sixteen team-written pages whose article is not the plain news story, with
/// invented brands and stories: a Next.js explainer (FAQ questions as subheadings, a fee table, an
/// "ask us" form), a WordPress opinion column (a pull quote, a "views expressed" disclaimer, an
/// author bio, a letters prompt), a Drupal obituary (a life-dates line, a guest book), an Arc XP film
/// review (a rating box, a where-to-watch box), a div-soup interview in Q&amp;A form, an AMP fact
/// check (a verdict box whose claim and verdict sentences are kept), a university science release (a
/// journal reference and media contact), a government press release (ENDS, notes to editors kept),
/// a German Substack post, a French match report without an article element (score box, lineups),
/// a Spanish Arc XP investigation in chapters with a methodology note, an Italian newsletter's web
/// edition, a Brazilian company release on a wire (the "about the company" section and its
/// forward-looking statements kept), a Dutch Next.js photo essay (captions dropped), a Polish AMP
/// live-page summary (its key points kept) and a Swedish local story with corrections at the end.
/// Written before clean was run on them: .993 mean page F1 on first contact, no page below
/// SmartReader (.923; see FIRST-CONTACT.txt). Gold follows the fresh pages' convention: no headline,
/// caption, credit, box label, pull quote, byline, bio, disclaimer or related links; standfirst,
/// subheadings, lists, tables cell by cell, an interview's questions and a correction kept.
/// </summary>
public class When_cleaning_the_thirteenth_fresh_probe_pages() : FreshProbeSet("FreshPages13", pages: 16, meanF1Floor: 0.99);

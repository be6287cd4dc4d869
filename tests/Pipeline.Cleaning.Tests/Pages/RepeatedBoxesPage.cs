namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented council story whose template renders text more than once: the standfirst again
/// for print, a fact box for phones and again for desktops, and a donation appeal between the paragraphs.
/// </summary>
internal static class RepeatedBoxesPage
{
    public const string Html = """
        <html lang="en"><head><title>Harbour town votes to keep its ferry</title></head><body><main><article>
          <h1>Harbour town votes to keep its ferry</h1>
          <div class="lead"><p>Councillors in Port Elwin voted to keep the island ferry running for three more years, after a petition signed by half the town.</p></div>
          <div class="print-lead"><p>Councillors in Port Elwin voted to keep the island ferry running for three more years, after a petition signed by half the town.</p></div>
          <div class="story">
            <p>The vote on Thursday evening ended a year of uncertainty for the forty families on Kell Island, who rely on the small car ferry to reach the school, the doctor and the weekly market.</p>
            <div class="appeal"><p>Local reporting costs money. If you value stories like this one, please consider a small monthly gift to keep our newsroom open.</p></div>
            <p>The council had proposed replacing the ferry with a passenger boat twice a day, which would have saved about a fifth of the running costs but left islanders without a way to move goods or vehicles.</p>
            <div class="box mobile"><h3>The Kell Island ferry</h3><p>The ferry has crossed the sound since 1961. It carries up to twelve cars and runs eight times a day in summer and five times in winter.</p></div>
            <p>Opponents of the cut packed the public gallery, and several spoke of relatives who had needed the ferry to reach hospital at night when no boat could be chartered.</p>
            <div class="appeal"><p>Local reporting costs money. If you value stories like this one, please consider a small monthly gift to keep our newsroom open.</p></div>
            <p>The council will now look for a grant from the regional transport fund to replace the ferry's engines, which are older than most of the crew.</p>
            <div class="box desktop"><h3>The Kell Island ferry</h3><p>The ferry has crossed the sound since 1961. It carries up to twelve cars and runs eight times a day in summer and five times in winter.</p></div>
          </div>
        </article></main></body></html>
        """;
}

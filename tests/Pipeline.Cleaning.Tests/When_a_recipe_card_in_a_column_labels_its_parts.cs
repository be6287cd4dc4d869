namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A newspaper's food column ends with a recipe card: the dish named again in the card's own
/// heading, readers' stars, the template's labels over the ingredients and the method, and a
/// prompt to share a picture and tag the section. The ingredients and the steps are the text.
/// </summary>
public class When_a_recipe_card_in_a_column_labels_its_parts
{
    private const string Html = """
        <html><head><title>A pear cake for the first frost | The Harbour Gazette</title>
        <script type="application/ld+json">{"@type":"Recipe","name":"Pear and hazelnut cake","recipeIngredient":["3 pears","100g hazelnuts"]}</script></head>
        <body><article>
          <h1>A pear cake for the first frost</h1>
          <div class="article-body">
            <p>The pear tree at the end of the garden gives more fruit than we can eat every October, and this cake is where most of it goes.</p>
            <p>Ground hazelnuts keep it moist for days, and the pears sink into the batter as it bakes, so every slice has a piece of fruit.</p>
            <p>It needs nothing more than a spoonful of yoghurt, though a jug of custard is never refused in our house.</p>
            <section class="recipe-card">
              <h2 class="recipe-card__title">Pear and hazelnut cake</h2>
              <div class="recipe-card__tools"><button>Print</button><span class="rating">★★★★☆ 4.3 (87 ratings)</span></div>
              <h3 class="recipe-card__label">Ingredients</h3>
              <ul class="recipe-card__ingredients"><li>3 ripe pears, peeled and quartered</li><li>100g ground hazelnuts</li><li>150g soft butter</li></ul>
              <h3 class="recipe-card__label">Method</h3>
              <ol class="recipe-card__method"><li>Heat the oven to 180C and line a 20cm tin with baking paper.</li><li>Beat the butter with the hazelnuts, pour into the tin and press in the pears.</li></ol>
              <p class="recipe-card__tag">Made this recipe? Share a picture and tag us @harbourgazettefood</p>
            </section>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Pear and hazelnut cake")]
    [InlineData("87 ratings")]
    [InlineData("Ingredients")]
    [InlineData("Method")]
    [InlineData("tag us")]
    public void Should_leave_out_the_cards_furniture(string part) =>
        Assert.DoesNotContain(part, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("100g ground hazelnuts")]
    [InlineData("Heat the oven to 180C and line a 20cm tin with baking paper.")]
    public void Should_keep_the_ingredients_and_the_steps(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}

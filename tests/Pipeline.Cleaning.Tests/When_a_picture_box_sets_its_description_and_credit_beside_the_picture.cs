namespace Pipeline.Cleaning.Tests;

public class When_a_picture_box_sets_its_description_and_credit_beside_the_picture
{
    private const string Html = """
        <html><head><title>В парке у реки открыли новую детскую площадку</title></head><body>
        <div class="news-detail">
          <h1>В парке у реки открыли новую детскую площадку</h1>
          <div class="news-detail__text">
            <p>В парке у реки открыли новую детскую площадку. Её построили на месте старой, которую закрыли прошлой осенью после проверки.</p>
            <p>На площадке установили качели, горку, песочницу и сетку для лазания, а покрытие сделали из мягкой резиновой крошки.</p>
            <div class="detail-gallery"><img src="/upload/park.jpg" alt="Площадка"><div class="detail-gallery__desc">Новая горка у входа в парк</div><div class="detail-gallery__author">Фото: Иван Петров</div></div>
            <p>Работы обошлись городу в 4,2 миллиона рублей. Вечером площадку будут освещать шесть новых фонарей.</p>
            <p>Следующую площадку в этом году обещают построить во дворах на улице Садовой.</p>
          </div>
        </div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_picture_s_description() =>
        Assert.DoesNotContain("Новая горка у входа", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_around_the_picture()
    {
        Assert.Contains("мягкой резиновой крошки.", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Работы обошлись городу", _cleaned.Text, StringComparison.Ordinal);
    }
}

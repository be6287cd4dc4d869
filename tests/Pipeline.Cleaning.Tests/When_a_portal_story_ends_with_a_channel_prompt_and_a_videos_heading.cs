namespace Pipeline.Cleaning.Tests;

public class When_a_portal_story_ends_with_a_channel_prompt_and_a_videos_heading
{
    private const string Html = """
        <html lang="pt-BR"><head><title>Feira de orgânicos ganha nova sede no Centro</title></head><body><article>
          <h1>Feira de orgânicos ganha nova sede no Centro</h1>
          <div class="mc-body">
            <div class="mc-col"><p class="ct-text">A feira de produtos orgânicos de Londrina passa a funcionar a partir deste sábado na praça da antiga estação ferroviária, depois de dez anos no estacionamento do ginásio.</p></div>
            <div class="mc-col"><p class="ct-text">Segundo a prefeitura, o novo espaço tem cobertura, banheiros e lugar para 48 bancas, o dobro da sede anterior, e fica a duas quadras do terminal de ônibus.</p></div>
            <div class="mc-col"><p class="ct-text">Os feirantes dizem que a mudança deve atrair quem trabalha no Centro e não conseguia chegar ao ginásio antes do fim da feira, ao meio-dia.</p></div>
            <div class="mc-col"><p class="ct-text">▶️ Clique aqui para seguir o canal da Rede Norte no WhatsApp</p></div>
            <div class="mc-col"><h2 class="ct-intertitle">VÍDEOS: mais assistidos da Rede Norte</h2></div>
            <div class="mc-col"><div class="pl-list"><a href="/v/1">01:42</a><a href="/v/1">Chuva forte alaga ruas do Jardim Sabará</a><a href="/v/2">02:10</a><a href="/v/2">Escola municipal ganha horta comunitária</a></div></div>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_prompt_to_follow_the_channel() =>
        Assert.DoesNotContain("WhatsApp", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_videos_heading() =>
        Assert.DoesNotContain("VÍDEOS", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_to_its_last_paragraph() =>
        Assert.EndsWith("antes do fim da feira, ao meio-dia.", _cleaned.Text, StringComparison.Ordinal);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.Services.Tests;

public sealed class When_the_documents_API_has_no_key : IAsyncLifetime
{
    private readonly IngestApi _api = new(apiKey: null);

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_answer_503_and_say_which_setting_turns_it_on()
    {
        using var content = new StringContent("text");
        content.Headers.Add("X-File-Name", "a.txt");

        using var post = await _api.Client("any").PostAsync("/documents", content);
        using var get = await _api.Client("any").GetAsync("/documents/a");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        Assert.Contains("PIPELINE_API_KEY", (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }
}

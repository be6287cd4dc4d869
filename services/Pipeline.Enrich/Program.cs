using Pipeline.Enrich;
using Pipeline.Messaging;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-enrich");
builder.AddPipelineBus(bus => bus.AddEnrichStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>McpToolResult</name>
    <message>
        <source>[%1 %2, %3 bytes]</source>
        <translation>[%1 %2, %3 bytes]</translation>
    </message>
    <message>
        <source>[resource %1 %2]</source>
        <translation>[recurso %1 %2]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[recurso %1]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no model with id %1</source>
        <translation>nenhum modelo com o id %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <source>OR Studio: a desktop client for OpenRouter.</source>
        <translation>OR Studio: um cliente de desktop para o OpenRouter.</translation>
    </message>
    <message>
        <source>OpenRouter API base URL (default: OPENROUTER_BASE_URL, else %1).</source>
        <translation>URL base da API do OpenRouter (padrão: OPENROUTER_BASE_URL, senão %1).</translation>
    </message>
    <message>
        <source>Once the catalog is on screen, save the window as an image to &lt;file&gt; and quit.</source>
        <translation>Assim que o catálogo aparecer, salvar a janela como imagem em &lt;file&gt; e sair.</translation>
    </message>
    <message>
        <source>Select the model &lt;id&gt; in the catalog.</source>
        <translation>Selecionar o modelo &lt;id&gt; no catálogo.</translation>
    </message>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>Keep the conversations in &lt;dir&gt; instead of the standard app-data folder.</source>
        <translation>Guardar as conversas em &lt;dir&gt; em vez da pasta de dados padrão do aplicativo.</translation>
    </message>
    <message>
        <source>Open the conversation &lt;id&gt; on the chat page.</source>
        <translation>Abrir a conversa &lt;id&gt; na página de chat.</translation>
    </message>
    <message>
        <source>Chat with the model &lt;id&gt;.</source>
        <translation>Conversar com o modelo &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Send &lt;text&gt; in a new conversation once the window is up (with --grab: grab when the reply is done).</source>
        <translation>Enviar &lt;text&gt; em uma nova conversa quando a janela abrir (com --grab: capturar quando a resposta terminar).</translation>
    </message>
    <message>
        <source>Search the conversations for &lt;text&gt;.</source>
        <translation>Procurar &lt;text&gt; nas conversas.</translation>
    </message>
    <message>
        <source>--conversation takes a conversation number, not "%1".</source>
        <translation>--conversation aceita um número de conversa, não "%1".</translation>
    </message>
    <message>
        <source>The conversations cannot be opened: %1</source>
        <translation>Não é possível abrir as conversas: %1</translation>
    </message>
    <message>
        <source>no conversation with id %1</source>
        <translation>nenhuma conversa com o id %1</translation>
    </message>
    <message>
        <source>Generate an image from &lt;text&gt; in the image studio once the window is up (with --grab: grab when it is done).</source>
        <translation>Gerar uma imagem a partir de &lt;text&gt; no estúdio de imagens quando a janela abrir (com --grab: capturar quando terminar).</translation>
    </message>
    <message>
        <source>The image model &lt;id&gt; for --image-prompt.</source>
        <translation>O modelo de imagem &lt;id&gt; para --image-prompt.</translation>
    </message>
    <message>
        <source>Settings for --image-prompt, e.g. aspect=16:9,size=2K,count=2.</source>
        <translation>Configurações para --image-prompt, p. ex. aspect=16:9,size=2K,count=2.</translation>
    </message>
    <message>
        <source>Open the dialog &lt;name&gt; at start: %1 (with --grab: save the dialog instead of the window).</source>
        <translation>Abrir a janela de diálogo &lt;name&gt; ao iniciar: %1 (com --grab: salvar o diálogo em vez da janela).</translation>
    </message>
    <message>
        <source>--dialog takes %1, not "%2".</source>
        <translation>--dialog aceita %1, não "%2".</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Show internal messages (Qt warnings, orc.* logging) on stderr.</source>
        <translation>Mostrar mensagens internas (avisos do Qt, logs orc.*) no stderr.</translation>
    </message>
    <message>
        <source>Page to show at start: models, chat, images, usage or compare.</source>
        <translation>Página exibida ao iniciar: models, chat, images, usage ou compare.</translation>
    </message>
    <message>
        <source>Compare &lt;targets&gt; (separated by spaces) on --prompt on the Compare page once the window is up (with --grab: grab when all have answered).</source>
        <translation>Comparar &lt;targets&gt; (separados por espaços) com --prompt na página Comparar quando a janela abrir (com --grab: capturar quando todos tiverem respondido).</translation>
    </message>
    <message>
        <source>Type &lt;text&gt; into the chat composer without sending it (its cost estimate shows).</source>
        <translation>Digitar &lt;text&gt; no editor de mensagem do chat sem enviá-lo (a estimativa de custo é exibida).</translation>
    </message>
    <message>
        <source>--page takes models, chat, images, usage or compare, not "%1".</source>
        <translation>--page aceita models, chat, images, usage ou compare, não "%1".</translation>
    </message>
</context>
<context>
    <name>orc</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistente (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (at byte %2): %3</source>
        <translation>A resposta a %1 não é um JSON válido (no byte %2): %3</translation>
    </message>
    <message>
        <source>The answer to %1 has no "data".</source>
        <translation>A resposta a %1 não tem "data".</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list.</source>
        <translation>A resposta a %1 não é uma lista.</translation>
    </message>
    <message>
        <source>None of the allowed providers serves this model (it is served by %1): change the provider list or allow fallbacks.</source>
        <translation>Nenhum dos provedores permitidos oferece este modelo (ele é oferecido por %1): altere a lista de provedores ou permita fallbacks.</translation>
    </message>
    <message>
        <source>None of the allowed providers serves this model: change the provider list or allow fallbacks.</source>
        <translation>Nenhum dos provedores permitidos oferece este modelo: altere a lista de provedores ou permita fallbacks.</translation>
    </message>
    <message>
        <source>Your privacy settings exclude every provider of this model: see https://openrouter.ai/settings/privacy.</source>
        <translation>Suas configurações de privacidade excluem todos os provedores deste modelo: veja https://openrouter.ai/settings/privacy.</translation>
    </message>
    <message>
        <source>No provider of this model supports what the request asks for: remove those parameters or choose another model.</source>
        <translation>Nenhum provedor deste modelo suporta o que a requisição pede: remova esses parâmetros ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>Every provider of this model costs more than the maximum price: raise it or choose another model.</source>
        <translation>Todos os provedores deste modelo custam mais que o preço máximo: aumente-o ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>No provider of this model offers the requested quantizations: allow others or choose another model.</source>
        <translation>Nenhum provedor deste modelo oferece as quantizações pedidas: permita outras ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>No provider of this model satisfies the routing constraints: relax them or choose another model.</source>
        <translation>Nenhum provedor deste modelo atende às restrições de roteamento: flexibilize-as ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>Cannot read the routing cache %1: %2</source>
        <translation>Não é possível ler o cache de roteamento %1: %2</translation>
    </message>
    <message>
        <source>The routing cache %1 is corrupt: %2</source>
        <translation>O cache de roteamento %1 está corrompido: %2</translation>
    </message>
    <message>
        <source>Not caching the routing listing: no fetch time.</source>
        <translation>A lista de roteamento não será armazenada em cache: sem horário de obtenção.</translation>
    </message>
</context>
<context>
    <name>orc::AboutDialog</name>
    <message>
        <source>About OR Studio</source>
        <translation>Sobre o OR Studio</translation>
    </message>
    <message>
        <source>A native desktop client for OpenRouter: browse every model, chat with streaming replies and create images. orcli offers the same to scripts and AI agents.</source>
        <translation>Um cliente de desktop nativo para o OpenRouter: explore todos os modelos, converse com respostas em streaming e crie imagens. O orcli oferece o mesmo para scripts e agentes de IA.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com Qt %2)</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configurações: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <source>Models, prices and keys: %1</source>
        <translation>Modelos, preços e chaves: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>orc::AccountController</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>O chaveiro não respondeu a tempo.</translation>
    </message>
</context>
<context>
    <name>orc::AccountFormat</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diariamente</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanalmente</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensalmente</translation>
    </message>
    <message>
        <source>%1, reset %2</source>
        <extracomment>%1 is an amount, %2 "daily", "weekly" or "monthly"</extracomment>
        <translation>%1, renovado %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per %1</source>
        <extracomment>%n a number of requests, %1 an interval such as "1h" or "10s"</extracomment>
        <translation>
            <numerusform>%n requisição por %1</numerusform>
            <numerusform>%n requisições por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sem rótulo)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Limit remaining</source>
        <translation>Limite restante</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Crédito da conta</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>Ainda pode gastar</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>nenhuma chave</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>da linha de comando</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>da variável de ambiente %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>do chaveiro do sistema</translation>
    </message>
    <message>
        <source>a file readable only by you</source>
        <translation>de um arquivo que só você pode ler</translation>
    </message>
    <message>
        <source>this session only (not stored)</source>
        <translation>apenas desta sessão (não armazenada)</translation>
    </message>
</context>
<context>
    <name>orc::AccountPanel</name>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Spent today:</source>
        <translation>Gasto hoje:</translation>
    </message>
    <message>
        <source>Spent this week:</source>
        <translation>Gasto nesta semana:</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>Gasto neste mês:</translation>
    </message>
    <message>
        <source>Spent in total:</source>
        <translation>Gasto no total:</translation>
    </message>
    <message>
        <source>Key limit:</source>
        <translation>Limite da chave:</translation>
    </message>
    <message>
        <source>Limit remaining:</source>
        <translation>Limite restante:</translation>
    </message>
    <message>
        <source>Account credit:</source>
        <translation>Crédito da conta:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de taxa:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizado:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Trocar chave…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>No API key is set. Sign in or paste a key to chat and create images.</source>
        <translation>Nenhuma chave de API configurada. Entre ou cole uma chave para conversar e criar imagens.</translation>
    </message>
    <message>
        <source>The key in use comes from %1.</source>
        <translation>A chave em uso vem %1.</translation>
    </message>
    <message>
        <source>Removes the saved key; the key from the environment stays in use while it is set.</source>
        <translation>Remove a chave salva; a chave do ambiente continua em uso enquanto estiver definida.</translation>
    </message>
    <message>
        <source>Removes the key from the keychain and from this computer.</source>
        <translation>Remove a chave do chaveiro e deste computador.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Nenhuma chave</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>Não foi possível ler a conta: %1</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 de %2 restantes</translation>
    </message>
    <message>
        <source>Remove the OpenRouter key from this computer? You will need to sign in or paste a key again to chat.</source>
        <translation>Remover a chave do OpenRouter deste computador? Para conversar, será preciso entrar ou colar uma chave novamente.</translation>
    </message>
</context>
<context>
    <name>orc::ActivityPanel</name>
    <message>
        <source>Day (UTC)</source>
        <translation>Dia (UTC)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Requests (here / account)</source>
        <translation>Requisições (aqui / conta)</translation>
    </message>
    <message>
        <source>Reading the management key…</source>
        <translation>Lendo a chave de gerenciamento…</translation>
    </message>
    <message>
        <source>Comparing with the account's activity needs a management key: OpenRouter shows an account's activity to management keys only. Create one at openrouter.ai/settings/management-keys and add it on Settings &gt; Account.</source>
        <translation>Comparar com a atividade da conta exige uma chave de gerenciamento: o OpenRouter mostra a atividade de uma conta apenas para chaves de gerenciamento. Crie uma em openrouter.ai/settings/management-keys e adicione-a em Configurações &gt; Conta.</translation>
    </message>
    <message>
        <source>Asking OpenRouter for the account's activity…</source>
        <translation>Consultando o OpenRouter sobre a atividade da conta…</translation>
    </message>
    <message>
        <source>OpenRouter refused the management key (%1). The account's activity can be read with a management key only: check the key on Settings &gt; Account.</source>
        <translation>O OpenRouter recusou a chave de gerenciamento (%1). A atividade da conta só pode ser lida com uma chave de gerenciamento: verifique a chave em Configurações &gt; Conta.</translation>
    </message>
    <message>
        <source>The account's activity could not be read: %1</source>
        <translation>Não foi possível ler a atividade da conta: %1</translation>
    </message>
    <message>
        <source>The cost ledger cannot be read: %1</source>
        <translation>Não é possível ler o registro de custos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Neither this computer nor the account has spent anything in the last %n completed UTC day(s).</source>
        <translation>
            <numerusform>Nem este computador nem a conta gastaram nada no último %n dia UTC completo.</numerusform><numerusform>Nem este computador nem a conta gastaram nada nos últimos %n dias UTC completos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n completed UTC day(s): this computer %1, the account %2 (difference %3; other devices and keys count on the account only).</source>
        <translation>
            <numerusform>Último %n dia UTC completo: este computador %1, a conta %2 (diferença %3; outros dispositivos e chaves contam apenas na conta).</numerusform><numerusform>Últimos %n dias UTC completos: este computador %1, a conta %2 (diferença %3; outros dispositivos e chaves contam apenas na conta).</numerusform></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>orc::ApiCall</name>
    <message>
        <source>The response is larger than %1 MiB; refusing to buffer it.</source>
        <translation>A resposta é maior que %1 MiB; ela não será armazenada em buffer.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erro de rede ao falar com %1: %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of OpenRouter's API.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web em vez da API do OpenRouter.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page ("%2") instead of OpenRouter's API.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web ("%2") em vez da API do OpenRouter.</translation>
    </message>
</context>
<context>
    <name>orc::ApiError</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>O servidor informou o erro %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>O servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>O servidor respondeu HTTP %1: %2</translation>
    </message>
    <message>
        <source>No data arrived from the server for %1 s.</source>
        <translation>Nenhum dado chegou do servidor por %1 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The stream ended before the reply was complete.</source>
        <translation>O stream terminou antes de a resposta ficar completa.</translation>
    </message>
    <message>
        <source>Check your OpenRouter API key: set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) or enter it in the settings. Keys are made at https://openrouter.ai/keys.</source>
        <translation>Verifique sua chave de API do OpenRouter: defina OPENROUTER_API_KEY (ou SKILL_OPENROUTER_API_KEY) ou informe-a nas configurações. As chaves são criadas em https://openrouter.ai/keys.</translation>
    </message>
    <message>
        <source>Add credits at https://openrouter.ai/settings/credits, or ask for fewer max tokens.</source>
        <translation>Adicione créditos em https://openrouter.ai/settings/credits ou peça menos tokens no máximo.</translation>
    </message>
    <message>
        <source>The input was flagged by moderation (%1). Rephrase it or choose another model.</source>
        <translation>A entrada foi sinalizada pela moderação (%1). Reformule-a ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The request was refused (moderation, guardrail or permission). Rephrase the input or choose another model.</source>
        <translation>A requisição foi recusada (moderação, proteção ou permissão). Reformule a entrada ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>Check the model id (the catalog lists every model) or choose another model.</source>
        <translation>Verifique o id do modelo (o catálogo lista todos os modelos) ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>Rate limited: wait %1 s and try again. Free models have strict limits; the paid variant is not limited this way.</source>
        <translation>Limite de taxa atingido: aguarde %1 s e tente novamente. Modelos gratuitos têm limites rígidos; a variante paga não é limitada assim.</translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and try again. Free models have strict limits; the paid variant is not limited this way.</source>
        <translation>Limite de taxa atingido: aguarde um momento e tente novamente. Modelos gratuitos têm limites rígidos; a variante paga não é limitada assim.</translation>
    </message>
    <message>
        <source>The provider had trouble (HTTP %1). Try again shortly or choose another model.</source>
        <translation>O provedor teve problemas (HTTP %1). Tente novamente em instantes ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid; change the parameters or the input.</source>
        <translation>A requisição foi rejeitada como inválida; altere os parâmetros ou a entrada.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL.</source>
        <translation>Verifique a conexão de rede e a URL base.</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout.</source>
        <translation>Tente novamente ou aumente o tempo limite.</translation>
    </message>
    <message>
        <source>What arrived is kept; try again.</source>
        <translation>O que chegou foi mantido; tente novamente.</translation>
    </message>
    <message>
        <source>The call took longer than its overall time limit of %1 s.</source>
        <translation>A chamada demorou mais que seu limite de tempo total de %1 s.</translation>
    </message>
    <message>
        <source>Check your OpenRouter API key: set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) in the environment. Keys are made at https://openrouter.ai/keys.</source>
        <translation>Verifique sua chave de API do OpenRouter: defina OPENROUTER_API_KEY (ou SKILL_OPENROUTER_API_KEY) no ambiente. As chaves são criadas em https://openrouter.ai/keys.</translation>
    </message>
    <message>
        <source>The server did not answer like OpenRouter; check the base URL or proxy.</source>
        <translation>O servidor não respondeu como o OpenRouter; verifique a URL base ou o proxy.</translation>
    </message>
</context>
<context>
    <name>orc::ApiKeyDialog</name>
    <message>
        <source>OpenRouter API Key</source>
        <translation>Chave de API do OpenRouter</translation>
    </message>
    <message>
        <source>&lt;p&gt;OR Studio needs an OpenRouter API key to chat. Create one at &lt;a href="https://openrouter.ai/keys"&gt;openrouter.ai/keys&lt;/a&gt; and paste it here.&lt;/p&gt;&lt;p&gt;The key is kept in the system keychain (or, where there is none and you agree, in a file only you can read). Setting OPENROUTER_API_KEY in the environment works too and takes precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O OR Studio precisa de uma chave de API do OpenRouter para conversar. Crie uma em &lt;a href="https://openrouter.ai/keys"&gt;openrouter.ai/keys&lt;/a&gt; e cole-a aqui.&lt;/p&gt;&lt;p&gt;A chave é guardada no chaveiro do sistema (ou, onde não houver um e você concordar, num arquivo que só você pode ler). Definir OPENROUTER_API_KEY no ambiente também funciona e tem prioridade.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>Paste your OpenRouter API key.</source>
        <translation>Cole sua chave de API do OpenRouter.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks: paste only the key.</source>
        <translation>Uma chave de API não tem espaços nem quebras de linha: cole apenas a chave.</translation>
    </message>
    <message>
        <source>An API key is plain ASCII text: paste only the key.</source>
        <translation>Uma chave de API é texto ASCII simples: cole apenas a chave.</translation>
    </message>
    <message>
        <source>This is too short to be an API key: OpenRouter keys look like sk-or-v1-…</source>
        <translation>Isto é curto demais para ser uma chave de API: as chaves do OpenRouter têm a forma sk-or-v1-…</translation>
    </message>
</context>
<context>
    <name>orc::AspectRatioButton</name>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Let the model choose the aspect ratio</source>
        <translation>Deixar o modelo escolher a proporção</translation>
    </message>
    <message>
        <source>Aspect ratio %1</source>
        <translation>Proporção %1</translation>
    </message>
</context>
<context>
    <name>orc::BudgetIndicator</name>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Spent on this computer by the app and orcli.</source>
        <translation>Gasto neste computador pelo app e pelo orcli.</translation>
    </message>
    <message>
        <source>No budget is set (Settings &gt; General).</source>
        <translation>Nenhum orçamento definido (Configurações &gt; Geral).</translation>
    </message>
    <message>
        <source>Over 80 % of the budget.</source>
        <translation>Acima de 80 % do orçamento.</translation>
    </message>
    <message>
        <source>The budget is used up: chat messages and images are sent only after you confirm them.</source>
        <translation>O orçamento acabou: mensagens do chat e imagens só são enviadas depois que você as confirmar.</translation>
    </message>
</context>
<context>
    <name>orc::BudgetStatus</name>
    <message>
        <source>Today: %1 of %2 spent (%3 %)</source>
        <translation>Hoje: %1 de %2 gastos (%3 %)</translation>
    </message>
    <message>
        <source>This month: %1 of %2 spent (%3 %)</source>
        <translation>Este mês: %1 de %2 gastos (%3 %)</translation>
    </message>
</context>
<context>
    <name>orc::CatalogCache</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Not caching the model list: %1</source>
        <translation>A lista de modelos não será armazenada em cache: %1</translation>
    </message>
    <message>
        <source>Not caching the model list: no fetch time.</source>
        <translation>A lista de modelos não será armazenada em cache: sem horário de obtenção.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Não é possível criar a pasta de cache %1.</translation>
    </message>
    <message>
        <source>Cannot read the model cache %1: %2</source>
        <translation>Não é possível ler o cache de modelos %1: %2</translation>
    </message>
    <message>
        <source>The model cache %1 is corrupt: %2</source>
        <translation>O cache de modelos %1 está corrompido: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não é possível remover %1: %2</translation>
    </message>
    <message>
        <source>The model catalogue from the server was refused: %1. The cached catalogue stays in use.</source>
        <translation>O catálogo de modelos do servidor foi recusado: %1. O catálogo em cache continua em uso.</translation>
    </message>
    <message>
        <source>The model catalogue from the server was refused: %1.</source>
        <translation>O catálogo de modelos do servidor foi recusado: %1.</translation>
    </message>
</context>
<context>
    <name>orc::CatalogChangesView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes in the:</source>
        <translation>Alterações no período:</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Antigo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>Não é possível ler o histórico de alterações: %1</translation>
    </message>
    <message>
        <source>No refresh is recorded yet: changes appear from the second refresh of the catalogue on.</source>
        <translation>Nenhuma atualização registrada ainda: as alterações aparecem a partir da segunda atualização do catálogo.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Adicionados (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removidos (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Alterados (%1)</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Nenhuma alteração desde %1.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4.</source>
        <translation>%1 adicionados, %2 removidos, %3 alterados desde %4.</translation>
    </message>
</context>
<context>
    <name>orc::CatalogDiff</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 price</source>
        <translation>Preço %1</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>Provider context length</source>
        <translation>Tamanho do contexto do provedor</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>Máx. de tokens de saída</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Data de expiração</translation>
    </message>
</context>
<context>
    <name>orc::CatalogFilterBar</name>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Search name, id or description (Ctrl+F)</source>
        <translation>Buscar nome, id ou descrição (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word must appear in the model's id, name or description</source>
        <translation>Cada palavra deve aparecer no id, no nome ou na descrição do modelo</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Todos os autores</translation>
    </message>
    <message>
        <source>Only models from this author (the part of the id before '/')</source>
        <translation>Apenas modelos deste autor (a parte do id antes de '/')</translation>
    </message>
    <message>
        <source>any price</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Highest input price in USD per million tokens; models with a variable price are hidden when a limit is set</source>
        <translation>Preço máximo de entrada em USD por milhão de tokens; modelos com preço variável ficam ocultos quando há um limite</translation>
    </message>
    <message>
        <source>any context</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>≥ 8K tokens</source>
        <translation>≥ 8K tokens</translation>
    </message>
    <message>
        <source>≥ 32K tokens</source>
        <translation>≥ 32K tokens</translation>
    </message>
    <message>
        <source>≥ 64K tokens</source>
        <translation>≥ 64K tokens</translation>
    </message>
    <message>
        <source>≥ 128K tokens</source>
        <translation>≥ 128K tokens</translation>
    </message>
    <message>
        <source>≥ 200K tokens</source>
        <translation>≥ 200K tokens</translation>
    </message>
    <message>
        <source>≥ 1M tokens</source>
        <translation>≥ 1M tokens</translation>
    </message>
    <message>
        <source>Smallest context length</source>
        <translation>Menor tamanho de contexto</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Limpar a busca e todos os filtros</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visão</translation>
    </message>
    <message>
        <source>Accepts images as input</source>
        <translation>Aceita imagens como entrada</translation>
    </message>
    <message>
        <source>Image output</source>
        <translation>Saída de imagem</translation>
    </message>
    <message>
        <source>Generates images</source>
        <translation>Gera imagens</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Supports tool (function) calling</source>
        <translation>Suporta chamada de ferramentas (funções)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Can think before answering</source>
        <translation>Pode pensar antes de responder</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>Estruturada</translation>
    </message>
    <message>
        <source>Supports structured outputs (JSON schema)</source>
        <translation>Suporta saídas estruturadas (JSON schema)</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Entrada de áudio</translation>
    </message>
    <message>
        <source>Accepts audio as input</source>
        <translation>Aceita áudio como entrada</translation>
    </message>
    <message>
        <source>Files in</source>
        <translation>Entrada de arquivos</translation>
    </message>
    <message>
        <source>Accepts files (PDF...) as input</source>
        <translation>Aceita arquivos (PDF...) como entrada</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Contexto longo</translation>
    </message>
    <message>
        <source>At least 100K tokens of context</source>
        <translation>Pelo menos 100K tokens de contexto</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuitos</translation>
    </message>
    <message>
        <source>Costs nothing to use</source>
        <translation>Não custa nada para usar</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Only your starred models</source>
        <translation>Apenas os modelos marcados com estrela</translation>
    </message>
    <message>
        <source>%1 of 1 model</source>
        <translation>%1 de 1 modelo</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 de %2 modelos</translation>
    </message>
    <message>
        <source>/M</source>
        <translation>/M</translation>
    </message>
    <message>
        <source>Max input:</source>
        <translation>Entrada máx.:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message numerus="yes">
        <source>Added to OpenRouter in the last %n day(s)</source>
        <translation>
            <numerusform>Adicionados ao OpenRouter no último %n dia</numerusform>
            <numerusform>Adicionados ao OpenRouter nos últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expirando</translation>
    </message>
    <message numerus="yes">
        <source>Being retired within %n day(s), or already gone</source>
        <translation>
            <numerusform>Será desativado em até %n dia ou já foi removido</numerusform>
            <numerusform>Será desativado em até %n dias ou já foi removido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::CatalogGuard</name>
    <message>
        <source>the response is not a model list (%1)</source>
        <translation>a resposta não é uma lista de modelos (%1)</translation>
    </message>
    <message>
        <source>the response lists no models</source>
        <translation>a resposta não lista nenhum modelo</translation>
    </message>
    <message>
        <source>the response lists %1 models where the cached catalogue has %2, so it looks truncated</source>
        <translation>a resposta lista %1 modelos, enquanto o catálogo em cache tem %2; parece estar truncada</translation>
    </message>
</context>
<context>
    <name>orc::CatalogHistory</name>
    <message>
        <source>Cannot record the catalogue changes in %1: %2</source>
        <translation>Não é possível registrar as alterações do catálogo em %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the catalogue changes from %1: %2</source>
        <translation>Não é possível ler as alterações do catálogo de %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::CatalogPage</name>
    <message>
        <source>Can't reach OpenRouter</source>
        <translation>Não é possível acessar o OpenRouter</translation>
    </message>
    <message>
        <source>OpenRouter did not answer in time</source>
        <translation>O OpenRouter não respondeu a tempo</translation>
    </message>
    <message>
        <source>OpenRouter refused the API key</source>
        <translation>O OpenRouter recusou a chave de API</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Requisições demais</translation>
    </message>
    <message>
        <source>OpenRouter is having trouble</source>
        <translation>O OpenRouter está com problemas</translation>
    </message>
    <message>
        <source>The server's answer is not a model list</source>
        <translation>A resposta do servidor não é uma lista de modelos</translation>
    </message>
    <message>
        <source>The connection settings are not usable</source>
        <translation>As configurações de conexão não são utilizáveis</translation>
    </message>
    <message>
        <source>The model catalog could not be loaded</source>
        <translation>Não foi possível carregar o catálogo de modelos</translation>
    </message>
    <message>
        <source>The saved catalog could not be used: %1</source>
        <translation>Não foi possível usar o catálogo salvo: %1</translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation>&amp;Localizar modelo</translation>
    </message>
    <message>
        <source>&amp;Refresh Catalog</source>
        <translation>&amp;Atualizar catálogo</translation>
    </message>
    <message>
        <source>Download the model list again (F5)</source>
        <translation>Baixar a lista de modelos novamente (F5)</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>Redefinir &amp;filtros</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>Alternar &amp;favorito</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <source>Refreshing the catalog from %1…</source>
        <translation>Atualizando o catálogo de %1…</translation>
    </message>
    <message>
        <source>The catalog could not be refreshed: %1</source>
        <translation>Não foi possível atualizar o catálogo: %1</translation>
    </message>
    <message>
        <source>Model catalog updated</source>
        <translation>Catálogo de modelos atualizado</translation>
    </message>
    <message>
        <source>Saved copy of unknown age</source>
        <translation>Cópia salva de idade desconhecida</translation>
    </message>
    <message>
        <source>The cache does not say when it was downloaded</source>
        <translation>O cache não informa quando foi baixado</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Baixado %1</translation>
    </message>
    <message>
        <source>Loading the model catalog</source>
        <translation>Carregando o catálogo de modelos</translation>
    </message>
    <message>
        <source>Downloading the list of models from %1…</source>
        <translation>Baixando a lista de modelos de %1…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>O catálogo está vazio</translation>
    </message>
    <message>
        <source>The server listed no models. Check the base URL, then retry.</source>
        <translation>O servidor não listou nenhum modelo. Verifique a URL base e tente novamente.</translation>
    </message>
    <message>
        <source>No model matches</source>
        <translation>Nenhum modelo corresponde</translation>
    </message>
    <message>
        <source>No model passes these filters. Loosen them or reset them.</source>
        <translation>Nenhum modelo passa por estes filtros. Afrouxe-os ou redefina-os.</translation>
    </message>
    <message>
        <source>No model matches “%1” with these filters. Change the search or reset the filters.</source>
        <translation>Nenhum modelo corresponde a “%1” com estes filtros. Altere a busca ou redefina os filtros.</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Redefinir filtros</translation>
    </message>
    <message numerus="yes">
        <source>The catalog changed: %n change(s), see What Changed.</source>
        <translation>
            <numerusform>O catálogo mudou: %n alteração, veja "O que mudou".</numerusform>
            <numerusform>O catálogo mudou: %n alterações, veja "O que mudou".</numerusform>
        </translation>
    </message>
    <message>
        <source>What &amp;Changed...</source>
        <translation>O que &amp;mudou...</translation>
    </message>
    <message>
        <source>Models added, removed and re-priced, from one refresh of the catalog to the next</source>
        <translation>Modelos adicionados, removidos e com novo preço, de uma atualização do catálogo para a seguinte</translation>
    </message>
    <message>
        <source>What Changed in the Catalog</source>
        <translation>O que mudou no catálogo</translation>
    </message>
</context>
<context>
    <name>orc::ChatCodec</name>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>O servidor informou um erro sem mensagem.</translation>
    </message>
    <message>
        <source>invalid JSON in stream chunk: %1</source>
        <translation>JSON inválido em um trecho do stream: %1</translation>
    </message>
    <message>
        <source>stream chunk is not a JSON object</source>
        <translation>o trecho do stream não é um objeto JSON</translation>
    </message>
    <message>
        <source>The server sent an empty response.</source>
        <translation>O servidor enviou uma resposta vazia.</translation>
    </message>
    <message>
        <source>The server sent a response that is not JSON (%1): %2</source>
        <translation>O servidor enviou uma resposta que não é JSON (%1): %2</translation>
    </message>
    <message>
        <source>The model returned no choices (an empty response). Try again or choose another model.</source>
        <translation>O modelo não retornou nenhuma escolha (uma resposta vazia). Tente novamente ou escolha outro modelo.</translation>
    </message>
</context>
<context>
    <name>orc::ChatPage</name>
    <message>
        <source>What this conversation has cost so far</source>
        <translation>Quanto esta conversa custou até agora</translation>
    </message>
    <message>
        <source>Export or import conversations</source>
        <translation>Exportar ou importar conversas</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>Informar chave de API…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Novo chat</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Buscar conversas</translation>
    </message>
    <message>
        <source>S&amp;top Reply</source>
        <translation>&amp;Parar resposta</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Importar conversa…</translation>
    </message>
    <message>
        <source>Conversation &amp;Settings</source>
        <translation>&amp;Configurações da conversa</translation>
    </message>
    <message>
        <source>System prompt, parameters and presets</source>
        <translation>Prompt de sistema, parâmetros e predefinições</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>A reply is still streaming. Stop it (Esc) first.</source>
        <translation>Uma resposta ainda está chegando. Pare-a primeiro (Esc).</translation>
    </message>
    <message>
        <source>Pick a model to start: use the model button above, or browse the catalog.</source>
        <translation>Escolha um modelo para começar: use o botão de modelo acima ou explore o catálogo.</translation>
    </message>
    <message>
        <source>Open the Model Catalog</source>
        <translation>Abrir o catálogo de modelos</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modelo: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick Another Model</source>
        <translation>Escolher outro modelo</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Escolha um modelo primeiro.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Não foi possível salvar a mensagem: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused the API key. Enter another key, then retry the reply.</source>
        <translation>O OpenRouter recusou a chave de API. Informe outra chave e repita a resposta.</translation>
    </message>
    <message>
        <source>The key could not be saved in the settings.</source>
        <translation>Não foi possível salvar a chave nas configurações.</translation>
    </message>
    <message>
        <source>API key saved</source>
        <translation>Chave de API salva</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Private routing: only zero-data-retention endpoints of providers that do not collect data serve this conversation</source>
        <translation>Roteamento privado: apenas endpoints com retenção zero de dados, de provedores que não coletam dados, atendem esta conversa</translation>
    </message>
    <message>
        <source>The routing profile of this conversation</source>
        <translation>O perfil de roteamento desta conversa</translation>
    </message>
    <message>
        <source>Only the last reply can be sent again this way.</source>
        <translation>Só a última resposta pode ser enviada novamente desta forma.</translation>
    </message>
    <message>
        <source>This conversation's routing does not set that limit; it may come from your account's privacy settings on openrouter.ai.</source>
        <translation>O roteamento desta conversa não define esse limite; ele pode vir das configurações de privacidade da sua conta em openrouter.ai.</translation>
    </message>
    <message>
        <source>Routing relaxed for this conversation; sending again.</source>
        <translation>Roteamento flexibilizado para esta conversa; enviando novamente.</translation>
    </message>
</context>
<context>
    <name>orc::ChatRouting</name>
    <message>
        <source>Turn privacy mode off and resend</source>
        <translation>Desativar o modo privado e reenviar</translation>
    </message>
    <message>
        <source>Drop the price cap and resend</source>
        <translation>Remover o teto de preço e reenviar</translation>
    </message>
    <message>
        <source>Allow every provider and resend</source>
        <translation>Permitir todos os provedores e reenviar</translation>
    </message>
    <message>
        <source>Allow any quantization and resend</source>
        <translation>Permitir qualquer quantização e reenviar</translation>
    </message>
    <message>
        <source>Stop requiring every parameter and resend</source>
        <translation>Deixar de exigir todos os parâmetros e reenviar</translation>
    </message>
</context>
<context>
    <name>orc::ChatSession</name>
    <message>
        <source>The model ran out of tokens while thinking. Raise max tokens or lower the reasoning effort.</source>
        <translation>O modelo ficou sem tokens enquanto pensava. Aumente o máximo de tokens ou reduza o esforço de raciocínio.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>%1 does not accept %2; choose a model that does, or remove the attachment.</source>
        <translation>%1 não aceita %2; escolha um modelo que aceite ou remova o anexo.</translation>
    </message>
</context>
<context>
    <name>orc::ChatSettingsPanel</name>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Send with Enter (Shift+Enter for a new line)</source>
        <translation>Enviar com Enter (Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Save the system prompt and parameters under a name</source>
        <translation>Salvar o prompt de sistema e os parâmetros com um nome</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>Excluir a predefinição selecionada</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Instruções que o modelo segue nesta conversa</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Randomness: 0 is the most predictable, 2 the most varied</source>
        <translation>Aleatoriedade: 0 é o mais previsível, 2 o mais variado</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Resposta mais longa, em tokens</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens up to this probability</source>
        <translation>Amostragem de núcleo: apenas os tokens mais prováveis até esta probabilidade</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>Muito alto</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before it answers</source>
        <translation>Quanto um modelo de raciocínio pensa antes de responder</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatório</translation>
    </message>
    <message>
        <source>The same seed and parameters repeat a reply, where the provider supports it</source>
        <translation>A mesma semente e os mesmos parâmetros repetem uma resposta, quando o provedor suporta</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>Máx. de &amp;tokens</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>&amp;Raciocínio</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;emente</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>System &amp;prompt</source>
        <translation>&amp;Prompt de sistema</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor de mensagem</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>máx. de tokens</translation>
    </message>
    <message>
        <source>top P</source>
        <translation>top P</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raciocínio</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <source>%1 ignores: %2</source>
        <translation>%1 ignora: %2</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Nenhuma predefinição</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <source>Name of the preset (an existing preset with this name is replaced):</source>
        <translation>Nome da predefinição (uma predefinição existente com este nome será substituída):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected preset, with this chat's model and routing, as an OpenRouter preset (JSON)</source>
        <translation>Salvar a predefinição selecionada, com o modelo e o roteamento deste chat, como predefinição do OpenRouter (JSON)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation>Não há nenhuma predefinição chamada %1.</translation>
    </message>
    <message>
        <source>Export Preset</source>
        <translation>Exportar predefinição</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>orc::ChatStream</name>
    <message numerus="yes">
        <source>The stream held no readable data (%n event(s) were not JSON). Check the base URL.</source>
        <translation>
            <numerusform>O stream não tinha dados legíveis (%n evento não era JSON). Verifique a URL base.</numerusform>
            <numerusform>O stream não tinha dados legíveis (%n eventos não eram JSON). Verifique a URL base.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ClientConfig</name>
    <message>
        <source>The base URL "%1" is not a valid http(s) URL. Use https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / --base-url.</source>
        <translation>A URL base "%1" não é uma URL http(s) válida. Use https://openrouter.ai/api/v1 ou corrija OPENROUTER_BASE_URL / --base-url.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain http to %1. Use an https:// base URL (plain http is allowed only for loopback hosts such as 127.0.0.1).</source>
        <translation>A chave de API não será enviada por http simples para %1. Use uma URL base https:// (http simples só é permitido para hosts de loopback como 127.0.0.1).</translation>
    </message>
    <message>
        <source>No OpenRouter API key found. Create one at https://openrouter.ai/keys, then set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) in the environment, or enter it in OR Studio's settings.</source>
        <translation>Nenhuma chave de API do OpenRouter encontrada. Crie uma em https://openrouter.ai/keys e defina OPENROUTER_API_KEY (ou SKILL_OPENROUTER_API_KEY) no ambiente ou informe-a nas configurações do OR Studio.</translation>
    </message>
    <message>
        <source>The base URL "%1" is not a valid URL (%2). Use https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / --base-url.</source>
        <translation>A URL base "%1" não é uma URL válida (%2). Use https://openrouter.ai/api/v1 ou corrija OPENROUTER_BASE_URL / --base-url.</translation>
    </message>
</context>
<context>
    <name>orc::CompareColumn</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Continue with this one: open it as a conversation in the chat</source>
        <translation>Continuar com esta: abri-la como conversa no chat</translation>
    </message>
    <message>
        <source>Pick this answer as the winner (counted on your leaderboard)</source>
        <translation>Escolher esta resposta como vencedora (conta no seu ranking)</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Aguardando o primeiro token…</translation>
    </message>
    <message>
        <source>First token after %1 ms</source>
        <translation>Primeiro token após %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>First token after %1 ms · %n chunk(s) so far</source>
        <translation>
            <numerusform>Primeiro token após %1 ms · %n chunk até agora</numerusform><numerusform>Primeiro token após %1 ms · %n chunks até agora</numerusform></translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message>
        <source>%1 s in all</source>
        <translation>%1 s no total</translation>
    </message>
    <message>
        <source>Stopped; the answer so far is kept.</source>
        <translation>Parado; a resposta até aqui é mantida.</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vencedor</translation>
    </message>
    <message>
        <source>%1
served by %2</source>
        <translation>%1
atendido por %2</translation>
    </message>
</context>
<context>
    <name>orc::CompareLeaderboard</name>
    <message>
        <source>The leaderboard file %1 cannot be read; it is left as it is.</source>
        <translation>Não é possível ler o arquivo de ranking %1; ele é mantido como está.</translation>
    </message>
    <message>
        <source>The leaderboard file %1 cannot be read, so the pick is not saved.</source>
        <translation>Não é possível ler o arquivo de ranking %1, então a escolha não é salva.</translation>
    </message>
</context>
<context>
    <name>orc::ComparePage</name>
    <message>
        <source>Same model across providers</source>
        <translation>Mesmo modelo em todos os provedores</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Às cegas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Add a model to the comparison</source>
        <translation>Adicionar um modelo à comparação</translation>
    </message>
    <message>
        <source>Put the chosen model on each provider that serves it, one column each</source>
        <translation>Colocar o modelo escolhido em cada provedor que o oferece, uma coluna para cada</translation>
    </message>
    <message>
        <source>Up to 6 targets, separated by spaces: model, model@provider or @preset/slug</source>
        <translation>Até 6 alvos, separados por espaços: modelo, modelo@provedor ou @preset/slug</translation>
    </message>
    <message>
        <source>The prompt every target answers (Ctrl+Enter compares)</source>
        <translation>O prompt que todos os alvos respondem (Ctrl+Enter compara)</translation>
    </message>
    <message>
        <source>Task tag (optional)</source>
        <translation>Tag da tarefa (opcional)</translation>
    </message>
    <message>
        <source>Picks are counted per task tag on the leaderboard, e.g. code</source>
        <translation>As escolhas são contadas por tag de tarefa no ranking, por exemplo code</translation>
    </message>
    <message>
        <source>Hide the model names until you pick a winner</source>
        <translation>Ocultar os nomes dos modelos até você escolher um vencedor</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Alvos:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Vitórias</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Seu ranking</translation>
    </message>
    <message>
        <source>A comparison has at most %1 targets.</source>
        <translation>Uma comparação tem no máximo %1 alvos.</translation>
    </message>
    <message>
        <source>Add at least one target: pick a model or type its id.</source>
        <translation>Adicione pelo menos um alvo: escolha um modelo ou digite o id dele.</translation>
    </message>
    <message>
        <source>A comparison has at most %1 targets; remove %2.</source>
        <translation>Uma comparação tem no máximo %1 alvos; remova %2.</translation>
    </message>
    <message>
        <source>Write the prompt the targets should answer.</source>
        <translation>Escreva o prompt que os alvos devem responder.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Comparison done: %1 of %2 targets failed.</source>
        <translation>Comparação concluída: %1 de %2 alvos falharam.</translation>
    </message>
    <message>
        <source>Comparison done.</source>
        <translation>Comparação concluída.</translation>
    </message>
    <message>
        <source>%1 wins this round.</source>
        <translation>%1 vence esta rodada.</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Não foi possível salvar a conversa: %1</translation>
    </message>
    <message>
        <source>Pick a model first: its providers become the targets.</source>
        <translation>Escolha um modelo primeiro: os provedores dele se tornam os alvos.</translation>
    </message>
    <message>
        <source>Looking up the providers of %1…</source>
        <translation>Buscando os provedores de %1…</translation>
    </message>
    <message>
        <source>The providers of %1 cannot be listed: %2</source>
        <translation>Não é possível listar os provedores de %1: %2</translation>
    </message>
    <message>
        <source>No provider serves %1 right now.</source>
        <translation>Nenhum provedor oferece %1 no momento.</translation>
    </message>
    <message>
        <source>%1 providers serve %2; the first %3 are compared.</source>
        <translation>%1 provedores oferecem %2; os primeiros %3 são comparados.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas as tarefas</translation>
    </message>
</context>
<context>
    <name>orc::CompareTarget</name>
    <message>
        <source>"%1" names no provider after "@" (write model@provider).</source>
        <translation>"%1" não indica nenhum provedor depois de "@" (escreva modelo@provedor).</translation>
    </message>
    <message>
        <source>A comparison target needs a model id.</source>
        <translation>Um alvo de comparação precisa de um id de modelo.</translation>
    </message>
</context>
<context>
    <name>orc::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Attach images or PDFs (you can also drop or paste them)</source>
        <translation>Anexar imagens ou PDFs (também é possível arrastar ou colar)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc); what arrived so far is kept</source>
        <translation>Parar a resposta (Esc); o que chegou até agora é mantido</translation>
    </message>
    <message>
        <source>Cancel Edit</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>An edited message keeps its attachments; cancel the edit to attach files.</source>
        <translation>Uma mensagem editada mantém seus anexos; cancele a edição para anexar arquivos.</translation>
    </message>
    <message>
        <source>An edited message keeps its attachments; cancel the edit to attach images.</source>
        <translation>Uma mensagem editada mantém seus anexos; cancele a edição para anexar imagens.</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>imagem-colada-%1.png</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf);;All files (*)</source>
        <translation>Imagens e PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Enter to send</source>
        <translation>Enter para enviar</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter para enviar</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending starts a new branch; the old one stays available.</source>
        <translation>Editando uma mensagem anterior. Ao enviar, um novo ramo é criado; o antigo continua disponível.</translation>
    </message>
    <message>
        <source>Send Edit</source>
        <translation>Enviar edição</translation>
    </message>
</context>
<context>
    <name>orc::ComposerAttachments</name>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 não é um arquivo que possa ser anexado.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation>%1 tem %2; os anexos podem ter no máximo %3.</translation>
    </message>
    <message>
        <source>%1 is neither an image nor a PDF. Attach images (PNG, JPEG, WebP, GIF) or PDF documents.</source>
        <translation>%1 não é imagem nem PDF. Anexe imagens (PNG, JPEG, WebP, GIF) ou documentos PDF.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid PDF document.</source>
        <translation>%1 não é um documento PDF válido.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 não pôde ser lido como imagem.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>orc::ComposerEdit</name>
    <message>
        <source>Message the model. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Mensagem para o modelo. Enter envia, Shift+Enter inicia uma nova linha.</translation>
    </message>
    <message>
        <source>Message the model. Ctrl+Enter sends.</source>
        <translation>Mensagem para o modelo. Ctrl+Enter envia.</translation>
    </message>
</context>
<context>
    <name>orc::ComposerEstimate</name>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>What this message may cost with %1: about %n prompt token(s) (the conversation so far, your text and attachments) and up to %2 output tokens. The lower figure assumes a short answer and the conversation read from the provider's cache.</source>
        <translation>
            <numerusform>Quanto esta mensagem pode custar com %1: cerca de %n token de prompt (a conversa até aqui, seu texto e anexos) e até %2 tokens de saída. O valor menor supõe uma resposta curta e a conversa lida do cache do provedor.</numerusform><numerusform>Quanto esta mensagem pode custar com %1: cerca de %n tokens de prompt (a conversa até aqui, seu texto e anexos) e até %2 tokens de saída. O valor menor supõe uma resposta curta e a conversa lida do cache do provedor.</numerusform></translation>
    </message>
    <message>
        <source>%1 has no fixed price: the cost is known only after the reply.</source>
        <translation>%1 não tem preço fixo: o custo só é conhecido depois da resposta.</translation>
    </message>
</context>
<context>
    <name>orc::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>Cost $%1</source>
        <translation>Custo $%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <source>There is no conversation to export yet.</source>
        <translation>Ainda não há conversa para exportar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a conversation export.</source>
        <translation>%1 é grande demais para ser uma conversa exportada.</translation>
    </message>
    <message>
        <source>%1 is not a JSON conversation export (an object with a "messages" list): %2</source>
        <translation>%1 não é uma conversa exportada em JSON (um objeto com uma lista "messages"): %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>o nível superior não é um objeto</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Não foi possível importar %1: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, API messages format (*.json)</source>
        <translation>JSON, formato de mensagens da API (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importar conversa</translation>
    </message>
    <message>
        <source>JSON conversation (*.json);;All files (*)</source>
        <translation>Conversa em JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Nenhuma mensagem corresponde a “%1”.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Desafixar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Full-text search over every message (Ctrl+Shift+F)</source>
        <translation>Busca de texto completo em todas as mensagens (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>orc::ConversationStore</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Arquivo anexado: %1</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Imagem anexada</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(parada)</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompida)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(falhou: %1)</translation>
    </message>
    <message>
        <source>The file holds no "messages" array; expected a conversation exported by OR Studio or an API request with messages.</source>
        <translation>O arquivo não contém um array "messages"; era esperada uma conversa exportada pelo OR Studio ou uma requisição da API com mensagens.</translation>
    </message>
    <message>
        <source>Every entry of "messages" must be an object with a role.</source>
        <translation>Cada item de "messages" deve ser um objeto com um papel (role).</translation>
    </message>
    <message>
        <source>A message has no role.</source>
        <translation>Uma mensagem não tem papel (role).</translation>
    </message>
    <message>
        <source>Importing failed: %1</source>
        <translation>Falha na importação: %1</translation>
    </message>
    <message>
        <source>The file was exported by a newer OR Studio (format version %1; this one reads up to %2). Update OR Studio to import it.</source>
        <translation>O arquivo foi exportado por um OR Studio mais novo (versão de formato %1; esta lê até %2). Atualize o OR Studio para importá-lo.</translation>
    </message>
</context>
<context>
    <name>orc::CostEstimate</name>
    <message>
        <source>variable price</source>
        <translation>preço variável</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>orc::CostLedger</name>
    <message>
        <source>Cannot write to the cost ledger %1: %2</source>
        <translation>Não é possível gravar no registro de custos %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the cost ledger %1: %2</source>
        <translation>Não é possível ler o registro de custos %1: %2</translation>
    </message>
    <message>
        <source>No request with the generation id %1 is in the cost ledger.</source>
        <translation>Nenhuma requisição com o id de geração %1 está no registro de custos.</translation>
    </message>
</context>
<context>
    <name>orc::DataFolderMove</name>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 não pôde ser copiado para %2.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original.</source>
        <translation>A cópia de %1 difere do original.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>A pasta %1 não pôde ser criada.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Os dados já estão em %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>The new folder cannot be inside the data it receives (%1).</source>
        <translation>A nova pasta não pode ficar dentro dos dados que recebe (%1).</translation>
    </message>
    <message>
        <source>%1 already holds OR Studio data (%2); choose an empty folder or move it away first.</source>
        <translation>%1 já contém dados do OR Studio (%2); escolha uma pasta vazia ou mova-os antes.</translation>
    </message>
    <message>
        <source>No temporary folder can be made in %1: %2</source>
        <translation>Não é possível criar uma pasta temporária em %1: %2</translation>
    </message>
    <message>
        <source>The data could not be put in place in %1.</source>
        <translation>Não foi possível colocar os dados no lugar em %1.</translation>
    </message>
    <message>
        <source>%1 could not be put in place in %2.</source>
        <translation>%1 não pôde ser colocado no lugar em %2.</translation>
    </message>
    <message>
        <source>The new data folder could not be saved in the settings.</source>
        <translation>A nova pasta de dados não pôde ser salva nas configurações.</translation>
    </message>
</context>
<context>
    <name>orc::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>O driver SQLite do Qt não está instalado (pacote Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Não é possível preparar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Não é possível ler a versão do esquema de %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer OR Studio (schema %2; this version knows up to %3). Update OR Studio or use another data folder.</source>
        <translation>O banco de dados %1 foi gravado por um OR Studio mais novo (esquema %2; esta versão conhece até %3). Atualize o OR Studio ou use outra pasta de dados.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Não é possível iniciar uma transação: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Falha ao atualizar %1 para o esquema %2: %3</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row</source>
        <translation>uma linha de %1 se refere a uma linha inexistente</translation>
    </message>
</context>
<context>
    <name>orc::DesktopIntegration</name>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Conta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About OR Studio</source>
        <translation>&amp;Sobre o OR Studio</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so OR Studio cannot keep your key encrypted. It can keep it in a file that only your user account can read: %1

Otherwise the key is used until you quit.</source>
        <translation>Não há um chaveiro do sistema disponível neste computador, então o OR Studio não pode guardar sua chave criptografada. Ele pode guardá-la em um arquivo que só a sua conta de usuário pode ler: %1

Caso contrário, a chave será usada até você sair.</translation>
    </message>
    <message>
        <source>Keep It in the File</source>
        <translation>Guardar no arquivo</translation>
    </message>
    <message>
        <source>Only Until I Quit</source>
        <translation>Só até eu sair</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
</context>
<context>
    <name>orc::EndpointsPanel</name>
    <message>
        <source>cached, age unknown</source>
        <translation>em cache, idade desconhecida</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>atualizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>atualizado há %n min</numerusform>
            <numerusform>atualizado há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>atualizado há %n h</numerusform>
            <numerusform>atualizado há %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin provider</source>
        <translation>Fixar provedor</translation>
    </message>
    <message>
        <source>Block provider</source>
        <translation>Bloquear provedor</translation>
    </message>
    <message>
        <source>Providers of this model</source>
        <translation>Provedores deste modelo</translation>
    </message>
    <message>
        <source>Try this provider first: adds it to the routing profile “My providers”, which you can choose in the chat settings</source>
        <translation>Tentar este provedor primeiro: adiciona-o ao perfil de roteamento “Meus provedores”, que você pode escolher nas configurações do chat</translation>
    </message>
    <message>
        <source>Never route to this provider: adds it to the ignored providers of the routing profile “My providers”</source>
        <translation>Nunca rotear para este provedor: adiciona-o aos provedores ignorados do perfil de roteamento “Meus provedores”</translation>
    </message>
    <message>
        <source>Fetch the providers of this model again</source>
        <translation>Obter novamente os provedores deste modelo</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>No provider serves this model right now.</source>
        <translation>Nenhum provedor oferece este modelo no momento.</translation>
    </message>
    <message>
        <source>Not loaded: no connection is set up.</source>
        <translation>Não carregado: nenhuma conexão configurada.</translation>
    </message>
    <message>
        <source>Loading the providers…</source>
        <translation>Carregando os provedores…</translation>
    </message>
    <message>
        <source>Could not load the providers: %1</source>
        <translation>Não foi possível carregar os provedores: %1</translation>
    </message>
    <message>
        <source>%1 Showing the cached list.</source>
        <translation>%1 Mostrando a lista em cache.</translation>
    </message>
    <message>
        <source>My providers</source>
        <translation>Meus provedores</translation>
    </message>
    <message>
        <source>Unpin provider</source>
        <translation>Desafixar provedor</translation>
    </message>
    <message>
        <source>Unblock provider</source>
        <translation>Desbloquear provedor</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Desafixar %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Fixar %1</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
</context>
<context>
    <name>orc::EndpointsTableModel</name>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>ZDR</source>
        <translation>ZDR</translation>
    </message>
    <message>
        <source>Zero data retention: this endpoint keeps no prompts or replies.</source>
        <translation>Retenção zero de dados: este endpoint não guarda prompts nem respostas.</translation>
    </message>
    <message>
        <source>Not listed as zero data retention.</source>
        <translation>Não listado como retenção zero de dados.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Quant.</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Saída máx.</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>Entr. $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>Saída $/M</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>orc::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>Mostrar a pasta no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
</context>
<context>
    <name>orc::GalleryPanel</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Buscar prompts</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Usar estas configurações</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete Generation</source>
        <translation>Excluir geração</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galeria</translation>
    </message>
    <message numerus="yes">
        <source>%n generation</source>
        <translation>
            <numerusform>%n geração</numerusform>
            <numerusform>%n gerações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n generations</source>
        <translation>
            <numerusform>%n geração</numerusform>
            <numerusform>%n gerações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Delete this generation and its files (%1)?

%2</source>
        <translation>Excluir esta geração e seus arquivos (%1)?

%2</translation>
    </message>
</context>
<context>
    <name>orc::GalleryStore</name>
    <message>
        <source>The gallery is not open.</source>
        <translation>A galeria não está aberta.</translation>
    </message>
    <message>
        <source>No generation %1 in the gallery.</source>
        <translation>Nenhuma geração %1 na galeria.</translation>
    </message>
    <message>
        <source>No image %1 in the gallery.</source>
        <translation>Nenhuma imagem %1 na galeria.</translation>
    </message>
</context>
<context>
    <name>orc::GeneralSettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Default &amp;chat model:</source>
        <translation>Modelo padrão de &amp;chat:</translation>
    </message>
    <message>
        <source>Default &amp;image model:</source>
        <translation>Modelo padrão de &amp;imagem:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Seguir o sistema (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>O último modelo usado</translation>
    </message>
    <message>
        <source>OR Studio starts the chat with the default chat model; leave it empty to continue with the model used last. The image studio starts with the default image model, which follows the model you pick there.</source>
        <translation>O OR Studio inicia o chat com o modelo padrão de chat; deixe vazio para continuar com o último modelo usado. O estúdio de imagens inicia com o modelo padrão de imagem, que acompanha o modelo escolhido lá.</translation>
    </message>
    <message>
        <source>Send chat messages with Enter</source>
        <translation>Enviar mensagens do chat com Enter</translation>
    </message>
    <message>
        <source>Shift+Enter then starts a new line. When this is off, Ctrl+Enter sends and Enter starts a new line.</source>
        <translation>Shift+Enter então inicia uma nova linha. Quando desligado, Ctrl+Enter envia e Enter inicia uma nova linha.</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>Orçamento &amp;diário:</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>Orçamento &amp;mensal:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>What this computer spends (the app and orcli). From 80 % the status bar warns; at 100 % a chat message or an image is sent only after you confirm it.</source>
        <translation>O que este computador gasta (o app e o orcli). A partir de 80 % a barra de status avisa; em 100 % uma mensagem do chat ou uma imagem só é enviada depois que você a confirmar.</translation>
    </message>
</context>
<context>
    <name>orc::GenerationStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Salvar todas…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n image</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests done</source>
        <translation>%1 de %2 requisições concluídas</translation>
    </message>
</context>
<context>
    <name>orc::ImageActions</name>
    <message>
        <source>Save Image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;WebP image (*.webp)</source>
        <translation>Imagem PNG (*.png);;Imagem JPEG (*.jpg *.jpeg);;Imagem WebP (*.webp)</translation>
    </message>
    <message>
        <source>Save All Images To</source>
        <translation>Salvar todas as imagens em</translation>
    </message>
</context>
<context>
    <name>orc::ImageCodec</name>
    <message>
        <source>The image service sent a reply that is not a JSON object: %1</source>
        <translation>O serviço de imagens enviou uma resposta que não é um objeto JSON: %1</translation>
    </message>
    <message>
        <source>The image service sent a reply without a "data" list of images.</source>
        <translation>O serviço de imagens enviou uma resposta sem uma lista "data" de imagens.</translation>
    </message>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>O evento não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The model sent a link instead of image data (%1); OR Studio only accepts images sent inline.</source>
        <translation>O modelo enviou um link em vez dos dados da imagem (%1); o OR Studio só aceita imagens enviadas embutidas.</translation>
    </message>
</context>
<context>
    <name>orc::ImageControlsPanel</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Find an image model in the catalog</source>
        <translation>Encontrar um modelo de imagem no catálogo</translation>
    </message>
    <message>
        <source>Describe the image, or the change to make to the input images. Ctrl+Enter generates; Ctrl+Up/Down browse earlier prompts.</source>
        <translation>Descreva a imagem ou a alteração a fazer nas imagens de entrada. Ctrl+Enter gera; Ctrl+Cima/Baixo percorre prompts anteriores.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>Prompts anteriores</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Formato de saída</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Número de imagens</translation>
    </message>
    <message>
        <source>Input images</source>
        <translation>Imagens de entrada</translation>
    </message>
    <message>
        <source>one request per image</source>
        <translation>uma requisição por imagem</translation>
    </message>
    <message>
        <source>this model makes one image per request</source>
        <translation>este modelo gera uma imagem por requisição</translation>
    </message>
    <message>
        <source>up to %1 in one request</source>
        <translation>até %1 em uma requisição</translation>
    </message>
    <message>
        <source>Images API · options as the model declares them</source>
        <translation>API de imagens · opções conforme o modelo as declara</translation>
    </message>
    <message>
        <source>Chat completions · output %1</source>
        <translation>Chat completions · saída %1</translation>
    </message>
    <message>
        <source>Chat completions · not in the catalog, trying %1</source>
        <translation>Chat completions · fora do catálogo, tentando %1</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Padrão do modelo</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>about %1 × %2 px</source>
        <translation>cerca de %1 × %2 px</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>Nenhum prompt anterior</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Limpar histórico</translation>
    </message>
</context>
<context>
    <name>orc::ImageFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>%1 is not an image (PNG, JPEG, WebP or GIF).</source>
        <translation>%1 não é uma imagem (PNG, JPEG, WebP ou GIF).</translation>
    </message>
    <message>
        <source>%1 carries no generation details (prompt, model...): it was not saved by OR Studio or orcli, or they were stripped.</source>
        <translation>%1 não traz detalhes da geração (prompt, modelo...): não foi salvo pelo OR Studio ou pelo orcli, ou eles foram removidos.</translation>
    </message>
</context>
<context>
    <name>orc::ImageGenerator</name>
    <message>
        <source>Image %1 was not kept: %2</source>
        <translation>A imagem %1 não foi mantida: %2</translation>
    </message>
    <message>
        <source>Add credits at https://openrouter.ai/settings/credits, or ask for fewer or smaller images.</source>
        <translation>Adicione créditos em https://openrouter.ai/settings/credits ou peça menos imagens ou imagens menores.</translation>
    </message>
    <message>
        <source>The generation failed.</source>
        <translation>A geração falhou.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the requests failed: %1</source>
        <translation>
            <numerusform>%n das requisições falhou: %1</numerusform>
            <numerusform>%n das requisições falharam: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>One image in the reply could not be used.</source>
        <translation>Uma imagem da resposta não pôde ser usada.</translation>
    </message>
    <message numerus="yes">
        <source>%n images in the reply could not be used.</source>
        <translation>
            <numerusform>%n imagem da resposta não pôde ser usada.</numerusform>
            <numerusform>%n imagens da resposta não puderam ser usadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gallery could not record this generation: %1</source>
        <translation>A galeria não pôde registrar esta geração: %1</translation>
    </message>
    <message>
        <source>Image %1 could not be stored: %2</source>
        <translation>Não foi possível armazenar a imagem %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::ImageJob</name>
    <message>
        <source>The image reply is larger than %1 MiB; it was stopped before it could exhaust memory.</source>
        <translation>A resposta de imagem é maior que %1 MiB; ela foi interrompida antes de esgotar a memória.</translation>
    </message>
    <message>
        <source>%1 answered without an image. Try again, or rephrase the prompt.</source>
        <translation>%1 respondeu sem imagem. Tente novamente ou reformule o prompt.</translation>
    </message>
    <message>
        <source>%1 answered without an image; it said: "%2"</source>
        <translation>%1 respondeu sem imagem; disse: "%2"</translation>
    </message>
</context>
<context>
    <name>orc::ImageModel</name>
    <message>
        <source>%1 does not take the %2 option (asked: %3).</source>
        <translation>%1 não aceita a opção %2 (pedido: %3).</translation>
    </message>
    <message>
        <source>%1 does not accept %2 "%3"; it accepts %4.</source>
        <translation>%1 não aceita %2 "%3"; aceita %4.</translation>
    </message>
    <message>
        <source>%1 does not take a seed.</source>
        <translation>%1 não aceita semente.</translation>
    </message>
    <message>
        <source>%1 makes at most %2 images per request (asked: %3).</source>
        <translation>%1 gera no máximo %2 imagens por requisição (pedido: %3).</translation>
    </message>
    <message>
        <source>%1 does not take input images.</source>
        <translation>%1 não aceita imagens de entrada.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 input images (given: %3).</source>
        <translation>%1 aceita no máximo %2 imagens de entrada (fornecidas: %3).</translation>
    </message>
</context>
<context>
    <name>orc::ImageModelOptions</name>
    <message>
        <source>Ask for at most %1 images at a time.</source>
        <translation>Peça no máximo %1 imagens de cada vez.</translation>
    </message>
    <message>
        <source>%1 does not take input images; remove them or choose a model with image input.</source>
        <translation>%1 não aceita imagens de entrada; remova-as ou escolha um modelo com entrada de imagem.</translation>
    </message>
</context>
<context>
    <name>orc::ImageModels</name>
    <message>
        <source>The image model list is not JSON: %1</source>
        <translation>A lista de modelos de imagem não é JSON: %1</translation>
    </message>
    <message>
        <source>The image model list has no "data" array.</source>
        <translation>A lista de modelos de imagem não tem um array "data".</translation>
    </message>
    <message>
        <source>Choose an image model.</source>
        <translation>Escolha um modelo de imagem.</translation>
    </message>
    <message>
        <source>%1 does not generate images (it outputs %2); choose a model with image output.</source>
        <translation>%1 não gera imagens (produz %2); escolha um modelo com saída de imagem.</translation>
    </message>
    <message>
        <source>%1 does not take the aspect ratio "%2"; the documented ratios are %3.</source>
        <translation>%1 não aceita a proporção "%2"; as proporções documentadas são %3.</translation>
    </message>
    <message>
        <source>%1 does not take the size "%2"; the documented sizes are %3.</source>
        <translation>%1 não aceita o tamanho "%2"; os tamanhos documentados são %3.</translation>
    </message>
</context>
<context>
    <name>orc::ImageRequest</name>
    <message>
        <source>Choose an image model.</source>
        <translation>Escolha um modelo de imagem.</translation>
    </message>
    <message>
        <source>Write a prompt describing the image, or the change to make to the input images.</source>
        <translation>Escreva um prompt descrevendo a imagem ou a alteração a fazer nas imagens de entrada.</translation>
    </message>
    <message>
        <source>"%1" is not an aspect ratio; use one of %2.</source>
        <translation>"%1" não é uma proporção; use uma de %2.</translation>
    </message>
    <message>
        <source>"%1" is not an image size; use 1K, 2K or 4K (capital K).</source>
        <translation>"%1" não é um tamanho de imagem; use 1K, 2K ou 4K (K maiúsculo).</translation>
    </message>
    <message>
        <source>"%1" is not a background; use one of %2.</source>
        <translation>"%1" não é um fundo; use um de %2.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 images (not %2).</source>
        <translation>Peça de 1 a %1 imagens (não %2).</translation>
    </message>
    <message>
        <source>Every input image must be an image (a data: or https: URL).</source>
        <translation>Cada imagem de entrada deve ser uma imagem (uma URL data: ou https:).</translation>
    </message>
    <message>
        <source>"%1" is not an output format; use one of %2.</source>
        <translation>"%1" não é um formato de saída; use um de %2.</translation>
    </message>
    <message>
        <source>"%1" is not a quality; use one of %2.</source>
        <translation>"%1" não é uma qualidade; use uma de %2.</translation>
    </message>
    <message>
        <source>A %1 background needs a model served by the Images API; %2 generates through chat completions.</source>
        <translation>Um fundo %1 exige um modelo servido pela API de imagens; %2 gera por chat completions.</translation>
    </message>
    <message>
        <source>Choosing the output format needs a model served by the Images API; %1 generates through chat completions.</source>
        <translation>Escolher o formato de saída exige um modelo servido pela API de imagens; %1 gera por chat completions.</translation>
    </message>
    <message>
        <source>Choosing the quality needs a model served by the Images API; %1 generates through chat completions.</source>
        <translation>Escolher a qualidade exige um modelo servido pela API de imagens; %1 gera por chat completions.</translation>
    </message>
</context>
<context>
    <name>orc::ImageSniffer</name>
    <message>
        <source>The image data is %1 bytes (%2 MiB), more than the %3 MiB (%4 bytes) limit; it was not decoded.</source>
        <translation>Os dados da imagem têm %1 bytes (%2 MiB), mais que o limite de %3 MiB (%4 bytes); não foram decodificados.</translation>
    </message>
    <message>
        <source>The %1 image declares a size of %2×%3 pixels, which is not a picture.</source>
        <translation>A imagem %1 declara um tamanho de %2×%3 pixels, o que não é uma imagem.</translation>
    </message>
    <message>
        <source>The image declares %1×%2 pixels (%3 megapixels), more than the %4 megapixel limit; it was not decoded.</source>
        <translation>A imagem declara %1×%2 pixels (%3 megapixels), mais que o limite de %4 megapixels; não foi decodificada.</translation>
    </message>
    <message>
        <source>The PNG data ends before its image header.</source>
        <translation>Os dados PNG terminam antes do cabeçalho da imagem.</translation>
    </message>
    <message>
        <source>The PNG data does not start with an image header.</source>
        <translation>Os dados PNG não começam com um cabeçalho de imagem.</translation>
    </message>
    <message>
        <source>The PNG header declares an impossible size.</source>
        <translation>O cabeçalho PNG declara um tamanho impossível.</translation>
    </message>
    <message>
        <source>The JPEG data has a broken marker at byte %1.</source>
        <translation>Os dados JPEG têm um marcador corrompido no byte %1.</translation>
    </message>
    <message>
        <source>The JPEG data has no frame header before its image data.</source>
        <translation>Os dados JPEG não têm cabeçalho de quadro antes dos dados da imagem.</translation>
    </message>
    <message>
        <source>The JPEG data has a segment of impossible length.</source>
        <translation>Os dados JPEG têm um segmento de comprimento impossível.</translation>
    </message>
    <message>
        <source>The JPEG data ends before its frame header.</source>
        <translation>Os dados JPEG terminam antes do cabeçalho de quadro.</translation>
    </message>
    <message>
        <source>The WebP data ends before its first chunk.</source>
        <translation>Os dados WebP terminam antes do primeiro bloco.</translation>
    </message>
    <message>
        <source>The data is a RIFF file but not a WebP image; OR Studio reads PNG, JPEG, WebP and GIF.</source>
        <translation>Os dados são um arquivo RIFF, mas não uma imagem WebP; o OR Studio lê PNG, JPEG, WebP e GIF.</translation>
    </message>
    <message>
        <source>The WebP data ends before its canvas size.</source>
        <translation>Os dados WebP terminam antes do tamanho da tela.</translation>
    </message>
    <message>
        <source>The WebP data ends before its image size.</source>
        <translation>Os dados WebP terminam antes do tamanho da imagem.</translation>
    </message>
    <message>
        <source>The lossless WebP data has a bad signature.</source>
        <translation>Os dados WebP sem perdas têm uma assinatura inválida.</translation>
    </message>
    <message>
        <source>The WebP data ends before its frame size.</source>
        <translation>Os dados WebP terminam antes do tamanho do quadro.</translation>
    </message>
    <message>
        <source>The lossy WebP data has a bad start code.</source>
        <translation>Os dados WebP com perdas têm um código inicial inválido.</translation>
    </message>
    <message>
        <source>The WebP data starts with an unknown chunk.</source>
        <translation>Os dados WebP começam com um bloco desconhecido.</translation>
    </message>
    <message>
        <source>The GIF data ends before its screen size.</source>
        <translation>Os dados GIF terminam antes do tamanho da tela.</translation>
    </message>
    <message>
        <source>The image data is empty.</source>
        <translation>Os dados da imagem estão vazios.</translation>
    </message>
    <message>
        <source>The PNG data ends inside its signature.</source>
        <translation>Os dados PNG terminam dentro da assinatura.</translation>
    </message>
    <message>
        <source>The JPEG data ends inside its signature.</source>
        <translation>Os dados JPEG terminam dentro da assinatura.</translation>
    </message>
    <message>
        <source>The data ends inside its RIFF header.</source>
        <translation>Os dados terminam dentro do cabeçalho RIFF.</translation>
    </message>
    <message>
        <source>The GIF data ends inside its signature.</source>
        <translation>Os dados GIF terminam dentro da assinatura.</translation>
    </message>
    <message>
        <source>The data is not an image format OR Studio reads (PNG, JPEG, WebP, GIF).</source>
        <translation>Os dados não estão em um formato de imagem que o OR Studio lê (PNG, JPEG, WebP, GIF).</translation>
    </message>
    <message>
        <source>(It was labelled %1.)</source>
        <translation>(Estava rotulado como %1.)</translation>
    </message>
    <message>
        <source>The image data is not valid base64, so it cannot be decoded.</source>
        <translation>Os dados da imagem não são base64 válido, então não podem ser decodificados.</translation>
    </message>
    <message>
        <source>The image is not a data: URL, so it carries no image bytes.</source>
        <translation>A imagem não é uma URL data:, então não traz bytes de imagem.</translation>
    </message>
    <message>
        <source>The data: URL has no comma before its data.</source>
        <translation>A URL data: não tem vírgula antes dos dados.</translation>
    </message>
    <message>
        <source>The data: URL holds %1, not an image.</source>
        <translation>A URL data: contém %1, não uma imagem.</translation>
    </message>
</context>
<context>
    <name>orc::ImageStudioPage</name>
    <message>
        <source>The gallery cannot be opened, so images are not kept: %1</source>
        <translation>Não é possível abrir a galeria, então as imagens não serão guardadas: %1</translation>
    </message>
    <message>
        <source>Generating with %1…</source>
        <translation>Gerando com %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 salvo em %2</translation>
    </message>
    <message>
        <source>Copied the image to the clipboard.</source>
        <translation>Imagem copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>These files could not be removed: %1</source>
        <translation>Estes arquivos não puderam ser removidos: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>The Images API model list could not be loaded (%1); models are asked through chat completions.</source>
        <translation>Não foi possível carregar a lista de modelos da API de imagens (%1); os modelos serão chamados por chat completions.</translation>
    </message>
    <message>
        <source>The input images are still loading; generate again in a moment.</source>
        <translation>As imagens de entrada ainda estão carregando; gere novamente em instantes.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>Cancelado após %1.</translation>
    </message>
    <message>
        <source>Cancelled; kept the %1 that had arrived.</source>
        <translation>Cancelado; %1 que já haviam chegado foram mantidas.</translation>
    </message>
    <message>
        <source>Failed after %1.</source>
        <translation>Falhou após %1.</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Resultado %1</translation>
    </message>
    <message>
        <source>The image could not be deleted: %1</source>
        <translation>Não foi possível excluir a imagem: %1</translation>
    </message>
    <message>
        <source>The input image %1 is gone; the settings were restored without it.</source>
        <translation>A imagem de entrada %1 não existe mais; as configurações foram restauradas sem ela.</translation>
    </message>
    <message>
        <source>Settings restored from %1</source>
        <translation>Configurações restauradas de %1</translation>
    </message>
    <message>
        <source>The clipboard holds no image to use as an input image.</source>
        <translation>A área de transferência não tem imagem para usar como imagem de entrada.</translation>
    </message>
    <message>
        <source>"%1" is not an image setting; use aspect=, size=, background=, quality=, format= or count=, separated by commas.</source>
        <translation>"%1" não é uma configuração de imagem; use aspect=, size=, background=, quality=, format= ou count=, separados por vírgulas.</translation>
    </message>
    <message>
        <source>This image is still being stored; delete it once the generation has finished.</source>
        <translation>Esta imagem ainda está sendo armazenada; exclua-a quando a geração terminar.</translation>
    </message>
</context>
<context>
    <name>orc::ImageTasks</name>
    <message>
        <source>The image cannot be decoded (%1).</source>
        <translation>A imagem não pode ser decodificada (%1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>the image was not stored</source>
        <translation>a imagem não foi armazenada</translation>
    </message>
    <message>
        <source>Cannot encode the image as %1: %2</source>
        <translation>Não é possível codificar a imagem como %1: %2</translation>
    </message>
    <message>
        <source>Cannot save as "%1": end the file name with .png, .jpg or .webp.</source>
        <translation>Não é possível salvar como "%1": termine o nome do arquivo com .png, .jpg ou .webp.</translation>
    </message>
    <message>
        <source>This system cannot write %1 images (install qt6-image-formats-plugins).</source>
        <translation>Este sistema não consegue gravar imagens %1 (instale qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is too large to send (%2 MB; the limit is %3 MB).</source>
        <translation>%1 é grande demais para enviar (%2 MB; o limite é %3 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be used as an input image: %2</source>
        <translation>%1 não pode ser usado como imagem de entrada: %2</translation>
    </message>
</context>
<context>
    <name>orc::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window (F)</source>
        <translation>Ajustar à janela (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Tamanho real (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Diminuir zoom (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>orc::InputImageStrip</name>
    <message>
        <source>%1 cannot be decoded as an image.</source>
        <translation>%1 não pode ser decodificado como imagem.</translation>
    </message>
    <message>
        <source>%1 cannot be used as an input image: %2</source>
        <translation>%1 não pode ser usado como imagem de entrada: %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add input images to edit or vary (or drop or paste them here)</source>
        <translation>Adicionar imagens de entrada para editar ou variar (ou arraste ou cole aqui)</translation>
    </message>
    <message>
        <source>Add Input Images</source>
        <translation>Adicionar imagens de entrada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>This model does not take input images.</source>
        <translation>Este modelo não aceita imagens de entrada.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <source>This model takes one input image.</source>
        <translation>Este modelo aceita uma imagem de entrada.</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n input images.</source>
        <translation>
            <numerusform>Este modelo aceita no máximo %n imagem de entrada.</numerusform>
            <numerusform>Este modelo aceita no máximo %n imagens de entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — click to remove</source>
        <translation>%1 — clique para remover</translation>
    </message>
    <message>
        <source>This model takes no input images.</source>
        <translation>Este modelo não aceita imagens de entrada.</translation>
    </message>
    <message>
        <source>Optional: images to edit or vary. Drop or paste them here.</source>
        <translation>Opcional: imagens para editar ou variar. Arraste ou cole aqui.</translation>
    </message>
    <message>
        <source>One input image; click it to remove it.</source>
        <translation>Uma imagem de entrada; clique nela para removê-la.</translation>
    </message>
    <message numerus="yes">
        <source>%n input images; click one to remove it.</source>
        <translation>
            <numerusform>%n imagem de entrada; clique nela para removê-la.</numerusform>
            <numerusform>%n imagens de entrada; clique em uma para removê-la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::KeyStore</name>
    <message>
        <source>nowhere</source>
        <translation>em lugar nenhum</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>do chaveiro do sistema</translation>
    </message>
    <message>
        <source>a file readable only by you</source>
        <translation>de um arquivo que só você pode ler</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Não é possível ler o arquivo de chave %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Não é possível gravar o arquivo de chave %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the key file %1: %2</source>
        <translation>Não é possível remover o arquivo de chave %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>O chaveiro recusou-se a guardar a chave: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Install and unlock gnome-keyring or KWallet, or allow OR Studio to keep the key in a file readable only by you.</source>
        <translation>Nenhum chaveiro do sistema disponível (%1). Instale e desbloqueie o gnome-keyring ou o KWallet, ou permita que o OR Studio guarde a chave em um arquivo que só você pode ler.</translation>
    </message>
    <message>
        <source>The keychain could not delete the key: %1</source>
        <translation>O chaveiro não conseguiu excluir a chave: %1</translation>
    </message>
</context>
<context>
    <name>orc::MainWindow</name>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>OR Studio %1, Qt %2 (built with Qt %3)</source>
        <translation>OR Studio %1, Qt %2 (compilado com Qt %3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy Model ID</source>
        <translation>&amp;Copiar id do modelo</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imagens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About OR Studio</source>
        <translation>&amp;Sobre o OR Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Chat model: %1</source>
        <translation>Modelo de chat: %1</translation>
    </message>
    <message>
        <source>Image model: %1</source>
        <translation>Modelo de imagem: %1</translation>
    </message>
    <message>
        <source>A native desktop client for OpenRouter: browse every model, chat and generate images.</source>
        <translation>Um cliente de desktop nativo para o OpenRouter: explore todos os modelos, converse e gere imagens.</translation>
    </message>
    <message>
        <source>About OR Studio</source>
        <translation>Sobre o OR Studio</translation>
    </message>
    <message>
        <source>OpenRouter API: %1</source>
        <translation>API do OpenRouter: %1</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Uso</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
</context>
<context>
    <name>orc::ManagementKeyBox</name>
    <message>
        <source>Management key (optional)</source>
        <translation>Chave de gerenciamento (opcional)</translation>
    </message>
    <message>
        <source>The usage page compares what this computer spent with the account's own activity when a management key is stored here (create one at openrouter.ai/settings/management-keys). It is used for nothing else.</source>
        <translation>A página de uso compara o que este computador gastou com a atividade da própria conta quando uma chave de gerenciamento está guardada aqui (crie uma em openrouter.ai/settings/management-keys). Ela não é usada para mais nada.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Guardada em %1.</translation>
    </message>
    <message>
        <source>No management key is stored.</source>
        <translation>Nenhuma chave de gerenciamento guardada.</translation>
    </message>
    <message>
        <source>Management Key</source>
        <translation>Chave de gerenciamento</translation>
    </message>
    <message>
        <source>Paste the management key:</source>
        <translation>Cole a chave de gerenciamento:</translation>
    </message>
</context>
<context>
    <name>orc::MarkdownRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation>[imagem: %1]</translation>
    </message>
</context>
<context>
    <name>orc::MarkdownView</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copiar este código para a área de transferência</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar endereço do &amp;link</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir link</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>orc::McpClient</name>
    <message>
        <source>MCP server "%1": this session was already started.</source>
        <translation>Servidor MCP "%1": esta sessão já foi iniciada.</translation>
    </message>
    <message>
        <source>MCP server "%1" speaks protocol revision "%2"; OR Studio knows %3.</source>
        <translation>O servidor MCP "%1" usa a revisão de protocolo "%2"; o OR Studio conhece %3.</translation>
    </message>
    <message>
        <source>MCP server "%1" is not connected.</source>
        <translation>O servidor MCP "%1" não está conectado.</translation>
    </message>
    <message>
        <source>MCP server "%1" did not answer %2 within %3 s.</source>
        <translation>O servidor MCP "%1" não respondeu a %2 em %3 s.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered a request that was never sent (id %2).</source>
        <translation>O servidor MCP "%1" respondeu a uma requisição que nunca foi enviada (id %2).</translation>
    </message>
    <message>
        <source>MCP server "%1" refused %2: %3 (code %4).</source>
        <translation>O servidor MCP "%1" recusou %2: %3 (código %4).</translation>
    </message>
    <message>
        <source>MCP server "%1" answered %2 without a result.</source>
        <translation>O servidor MCP "%1" respondeu a %2 sem resultado.</translation>
    </message>
    <message>
        <source>The session with MCP server "%1" was closed.</source>
        <translation>A sessão com o servidor MCP "%1" foi encerrada.</translation>
    </message>
    <message>
        <source>MCP server "%1" listed more than %2 pages of tools.</source>
        <translation>O servidor MCP "%1" listou mais de %2 páginas de ferramentas.</translation>
    </message>
</context>
<context>
    <name>orc::McpHttpTransport</name>
    <message>
        <source>MCP server "%1" sent more than %2 bytes.</source>
        <translation>O servidor MCP "%1" enviou mais de %2 bytes.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered with something that is not a JSON-RPC message: "%2".</source>
        <translation>O servidor MCP "%1" respondeu com algo que não é uma mensagem JSON-RPC: "%2".</translation>
    </message>
    <message>
        <source>Cannot reach MCP server "%1" at %2: %3</source>
        <translation>Não é possível alcançar o servidor MCP "%1" em %2: %3</translation>
    </message>
    <message>
        <source>MCP server "%1" refused the request (HTTP %2): check its token or headers.</source>
        <translation>O servidor MCP "%1" recusou a requisição (HTTP %2): verifique o token ou os cabeçalhos dele.</translation>
    </message>
    <message>
        <source>MCP server "%1" ended the session (HTTP 404); reconnect to start a new one.</source>
        <translation>O servidor MCP "%1" encerrou a sessão (HTTP 404); reconecte para iniciar uma nova.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered HTTP %2.</source>
        <translation>O servidor MCP "%1" respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Ele disse: %1</translation>
    </message>
    <message>
        <source>MCP server "%1" closed the response without answering the request.</source>
        <translation>O servidor MCP "%1" fechou a resposta sem responder à requisição.</translation>
    </message>
</context>
<context>
    <name>orc::McpServerConfig</name>
    <message>
        <source>An MCP server needs a name.</source>
        <translation>Um servidor MCP precisa de um nome.</translation>
    </message>
    <message>
        <source>MCP server "%1" has no command to run.</source>
        <translation>O servidor MCP "%1" não tem um comando para executar.</translation>
    </message>
    <message>
        <source>MCP server "%1" needs an http:// or https:// URL, not "%2".</source>
        <translation>O servidor MCP "%1" precisa de uma URL http:// ou https://, não "%2".</translation>
    </message>
    <message>
        <source>MCP server "%1" uses the old HTTP+SSE transport, which is not supported; use its Streamable HTTP URL instead.</source>
        <translation>O servidor MCP "%1" usa o antigo transporte HTTP+SSE, que não é suportado; use a URL Streamable HTTP dele.</translation>
    </message>
    <message>
        <source>MCP server "%1": "args" must be a list of strings.</source>
        <translation>Servidor MCP "%1": "args" deve ser uma lista de strings.</translation>
    </message>
    <message>
        <source>MCP server "%1": "env" must map names to strings.</source>
        <translation>Servidor MCP "%1": "env" deve mapear nomes para strings.</translation>
    </message>
    <message>
        <source>MCP server "%1": "headers" must map names to strings.</source>
        <translation>Servidor MCP "%1": "headers" deve mapear nomes para strings.</translation>
    </message>
    <message>
        <source>MCP server "%1" has neither a "command" nor a "url".</source>
        <translation>O servidor MCP "%1" não tem "command" nem "url".</translation>
    </message>
</context>
<context>
    <name>orc::McpServerList</name>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON inválido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>Expected a JSON object with "mcpServers".</source>
        <translation>Era esperado um objeto JSON com "mcpServers".</translation>
    </message>
    <message>
        <source>MCP server "%1" is not a JSON object.</source>
        <translation>O servidor MCP "%1" não é um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>orc::McpServerStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::McpStdioTransport</name>
    <message>
        <source>MCP server "%1" sent a message of %2 bytes (the limit is %3).</source>
        <translation>O servidor MCP "%1" enviou uma mensagem de %2 bytes (o limite é %3).</translation>
    </message>
    <message>
        <source>MCP server "%1" wrote something that is not a JSON-RPC message: "%2".</source>
        <translation>O servidor MCP "%1" escreveu algo que não é uma mensagem JSON-RPC: "%2".</translation>
    </message>
    <message>
        <source>MCP server "%1" sent a message of more than %2 bytes.</source>
        <translation>O servidor MCP "%1" enviou uma mensagem de mais de %2 bytes.</translation>
    </message>
    <message>
        <source>MCP server "%1" crashed.</source>
        <translation>O servidor MCP "%1" travou.</translation>
    </message>
    <message>
        <source>MCP server "%1" exited with code %2.</source>
        <translation>O servidor MCP "%1" saiu com o código %2.</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Ele disse: %2</translation>
    </message>
    <message>
        <source>Cannot start MCP server "%1" (%2): %3</source>
        <translation>Não é possível iniciar o servidor MCP "%1" (%2): %3</translation>
    </message>
</context>
<context>
    <name>orc::McpToolbox</name>
    <message>
        <source>The tool reported an error: %1</source>
        <translation>A ferramenta informou um erro: %1</translation>
    </message>
    <message>
        <source>The tool could not run: %1</source>
        <translation>A ferramenta não pôde ser executada: %1</translation>
    </message>
    <message>
        <source>The tool arguments are not a JSON object: %1</source>
        <translation>Os argumentos da ferramenta não são um objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>orc::MessageCard</name>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Regenerate this reply (the menu offers another model)</source>
        <translation>Gerar esta resposta novamente (o menu oferece outro modelo)</translation>
    </message>
    <message>
        <source>Edit this message and send it again (the current branch is kept)</source>
        <translation>Editar esta mensagem e enviá-la novamente (o ramo atual é mantido)</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Excluir esta mensagem</translation>
    </message>
    <message>
        <source>Copy as Markdown (the menu offers plain text)</source>
        <translation>Copiar como Markdown (o menu oferece texto simples)</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Copiar como texto simples</translation>
    </message>
    <message>
        <source>The app closed before this reply finished; what arrived is kept.</source>
        <translation>O aplicativo foi fechado antes de esta resposta terminar; o que chegou foi mantido.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>A resposta falhou.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Ocultar raciocínio</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar raciocínio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Áudio (%1)</translation>
    </message>
    <message>
        <source>With the same model</source>
        <translation>Com o mesmo modelo</translation>
    </message>
    <message>
        <source>With another model</source>
        <translation>Com outro modelo</translation>
    </message>
    <message>
        <source>Another model…</source>
        <translation>Outro modelo…</translation>
    </message>
    <message>
        <source>Regenerate with another model</source>
        <translation>Gerar novamente com outro modelo</translation>
    </message>
    <message>
        <source>Model id (type one or pick a recent one):</source>
        <translation>Id do modelo (digite um ou escolha um recente):</translation>
    </message>
    <message>
        <source>Lift the routing limit that excluded every provider, for this conversation, and send again</source>
        <translation>Remover, para esta conversa, o limite de roteamento que excluiu todos os provedores e enviar novamente</translation>
    </message>
</context>
<context>
    <name>orc::MessageFormat</name>
    <message>
        <source>A stored message has no format version.</source>
        <translation>Uma mensagem armazenada não tem versão de formato.</translation>
    </message>
    <message>
        <source>A stored message uses format %1; this OR Studio reads up to %2. Update OR Studio.</source>
        <translation>Uma mensagem armazenada usa o formato %1; este OR Studio lê até %2. Atualize o OR Studio.</translation>
    </message>
    <message>
        <source>A stored message has an attachment of an unknown kind ("%1").</source>
        <translation>Uma mensagem armazenada tem um anexo de tipo desconhecido ("%1").</translation>
    </message>
    <message>
        <source>A stored message is not readable JSON (%1).</source>
        <translation>Uma mensagem armazenada não é um JSON legível (%1).</translation>
    </message>
</context>
<context>
    <name>orc::ModelCatalogModel</name>
    <message>
        <source>variable</source>
        <translation>variável</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Não favorito</translation>
    </message>
    <message>
        <source>Favourite: click to remove the star</source>
        <translation>Favorito: clique para remover a estrela</translation>
    </message>
    <message>
        <source>Click to mark as a favourite</source>
        <translation>Clique para marcar como favorito</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 tokens de contexto</translation>
    </message>
    <message>
        <source>Context length not published</source>
        <translation>Tamanho de contexto não publicado</translation>
    </message>
    <message>
        <source>The price depends on the model the router picks</source>
        <translation>O preço depende do modelo que o roteador escolher</translation>
    </message>
    <message>
        <source>USD per million input (prompt) tokens</source>
        <translation>USD por milhão de tokens de entrada (prompt)</translation>
    </message>
    <message>
        <source>USD per million output (completion) tokens</source>
        <translation>USD por milhão de tokens de saída (completion)</translation>
    </message>
    <message>
        <source>Input: %1
Output: %2</source>
        <translation>Entrada: %1
Saída: %2</translation>
    </message>
    <message>
        <source>Added to OpenRouter on %1</source>
        <translation>Adicionado ao OpenRouter em %1</translation>
    </message>
    <message>
        <source>Date added not published</source>
        <translation>Data de inclusão não publicada</translation>
    </message>
    <message>
        <source>Favourites (persisted); sort to list them first</source>
        <translation>Favoritos (salvos); ordene para listá-los primeiro</translation>
    </message>
    <message>
        <source>Input price, USD per million tokens</source>
        <translation>Preço de entrada, USD por milhão de tokens</translation>
    </message>
    <message>
        <source>Output price, USD per million tokens</source>
        <translation>Preço de saída, USD por milhão de tokens</translation>
    </message>
    <message>
        <source>Input and output modalities</source>
        <translation>Modalidades de entrada e saída</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Entr. $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Saída $/1M</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>orc::ModelDetailsDocument</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Entrada de áudio</translation>
    </message>
    <message>
        <source>Vision (image input)</source>
        <translation>Visão (entrada de imagem)</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>Geração de imagens</translation>
    </message>
    <message>
        <source>File input</source>
        <translation>Entrada de arquivos</translation>
    </message>
    <message>
        <source>Tool calling</source>
        <translation>Chamada de ferramentas</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Structured outputs</source>
        <translation>Saídas estruturadas</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>Modo JSON</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Contexto longo</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuitos</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>adicionado %1</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preços</translation>
    </message>
    <message>
        <source>The catalogue publishes no prices for this model.</source>
        <translation>O catálogo não publica preços para este modelo.</translation>
    </message>
    <message>
        <source>Variable prices depend on the model the router picks for each request.</source>
        <translation>Os preços variáveis dependem do modelo que o roteador escolher para cada requisição.</translation>
    </message>
    <message>
        <source>Conditional prices</source>
        <translation>Preços condicionais</translation>
    </message>
    <message>
        <source>prompts over %1</source>
        <translation>prompts acima de %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>não publicado</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>Max completion tokens</source>
        <translation>Máx. de tokens de completion</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Tokens de prompt por requisição</translation>
    </message>
    <message>
        <source>Completion tokens per request</source>
        <translation>Tokens de completion por requisição</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Input modalities</source>
        <translation>Modalidades de entrada</translation>
    </message>
    <message>
        <source>Output modalities</source>
        <translation>Modalidades de saída</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nenhum listado</translation>
    </message>
    <message>
        <source>Limits and capabilities</source>
        <translation>Limites e recursos</translation>
    </message>
    <message>
        <source>Supported parameters</source>
        <translation>Parâmetros suportados</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Nenhum listado.</translation>
    </message>
    <message>
        <source>Defaults:</source>
        <translation>Padrões:</translation>
    </message>
    <message>
        <source>always on (cannot be turned off)</source>
        <translation>sempre ativo (não pode ser desligado)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Efforts</source>
        <translation>Níveis de esforço</translation>
    </message>
    <message>
        <source>Default effort</source>
        <translation>Esforço padrão</translation>
    </message>
    <message>
        <source>On by default</source>
        <translation>Ativo por padrão</translation>
    </message>
    <message>
        <source>Reasoning token budget</source>
        <translation>Orçamento de tokens de raciocínio</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>suportado</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Id do modelo</translation>
    </message>
    <message>
        <source>Canonical slug</source>
        <translation>Slug canônico</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>Apelido de</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <source>Instruct type</source>
        <translation>Tipo de instrução</translation>
    </message>
    <message>
        <source>Knowledge cutoff</source>
        <translation>Data de corte do conhecimento</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Vozes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>No description published.</source>
        <translation>Nenhuma descrição publicada.</translation>
    </message>
    <message>
        <source>This model was retired on %1 (%2).</source>
        <translation>Este modelo foi desativado em %1 (%2).</translation>
    </message>
    <message>
        <source>This model is being retired on %1 (%2).</source>
        <translation>Este modelo será desativado em %1 (%2).</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Artificial Analysis</source>
        <translation>Artificial Analysis</translation>
    </message>
    <message>
        <source>intelligence %1 · coding %2 · agentic %3</source>
        <translation>inteligência %1 · programação %2 · agentes %3</translation>
    </message>
    <message>
        <source>Design Arena: %1 / %2</source>
        <translation>Design Arena: %1 / %2</translation>
    </message>
    <message>
        <source>rank %1 · Elo %2 · win rate %3 %</source>
        <translation>posição %1 · Elo %2 · taxa de vitórias %3 %</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
</context>
<context>
    <name>orc::ModelDetailsPane</name>
    <message>
        <source>Chat with this model</source>
        <translation>Conversar com este modelo</translation>
    </message>
    <message>
        <source>Generate images with this model</source>
        <translation>Gerar imagens com este modelo</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Nenhum modelo selecionado</translation>
    </message>
    <message>
        <source>Select a model in the list to see its description, prices and limits.</source>
        <translation>Selecione um modelo na lista para ver descrição, preços e limites.</translation>
    </message>
    <message>
        <source>Open the chat with this model selected (Enter in the list)</source>
        <translation>Abrir o chat com este modelo selecionado (Enter na lista)</translation>
    </message>
    <message>
        <source>Open the image studio with this model selected</source>
        <translation>Abrir o estúdio de imagens com este modelo selecionado</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Marcar como favorito (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy the model id</source>
        <translation>Copiar o id do modelo</translation>
    </message>
</context>
<context>
    <name>orc::ModelEndpoints</name>
    <message>
        <source>The answer to %1 is not a model with endpoints.</source>
        <translation>A resposta a %1 não é um modelo com endpoints.</translation>
    </message>
</context>
<context>
    <name>orc::ModelInfo</name>
    <message>
        <source>variable</source>
        <translation>variável</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>The model list is empty.</source>
        <translation>A lista de modelos está vazia.</translation>
    </message>
    <message>
        <source>The model list is not valid JSON (at byte %1): %2</source>
        <translation>A lista de modelos não é JSON válido (no byte %1): %2</translation>
    </message>
    <message>
        <source>The server sent an error instead of the model list: %1</source>
        <translation>O servidor enviou um erro em vez da lista de modelos: %1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sem mensagem)</translation>
    </message>
    <message>
        <source>The model list has no "data" array.</source>
        <translation>A lista de modelos não tem um array "data".</translation>
    </message>
</context>
<context>
    <name>orc::ModelLifecycle</name>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ModelPicker</name>
    <message>
        <source>Model for the next reply</source>
        <translation>Modelo para a próxima resposta</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <source>Model for the next reply: %1</source>
        <translation>Modelo para a próxima resposta: %1</translation>
    </message>
    <message>
        <source>%1
Input %2, output %3</source>
        <translation>%1
Entrada %2, saída %3</translation>
    </message>
    <message>
        <source>Search models by name or id, or type @preset/slug</source>
        <translation>Buscar modelos por nome ou id, ou digitar @preset/slug</translation>
    </message>
</context>
<context>
    <name>orc::ModelQuery</name>
    <message>
        <source>Unknown capability "%1". Accepted capabilities: %2.</source>
        <translation>Recurso desconhecido "%1". Recursos aceitos: %2.</translation>
    </message>
    <message>
        <source>Unknown sort key "%1". Accepted sort keys: %2.</source>
        <translation>Chave de ordenação desconhecida "%1". Chaves aceitas: %2.</translation>
    </message>
</context>
<context>
    <name>orc::NetworkSettingsPage</name>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base da API:</translation>
    </message>
    <message>
        <source>App &amp;name (attribution):</source>
        <translation>&amp;Nome do app (atribuição):</translation>
    </message>
    <message>
        <source>App &amp;URL (attribution):</source>
        <translation>&amp;URL do app (atribuição):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Repetições:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>&amp;Host e porta do proxy:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request is abandoned when nothing arrives for this long.</source>
        <translation>Uma requisição é abandonada quando nada chega por este tempo.</translation>
    </message>
    <message>
        <source>How often a request that failed for a passing reason (rate limit, overloaded provider, dropped connection) is tried again.</source>
        <translation>Quantas vezes uma requisição que falhou por um motivo passageiro (limite de taxa, provedor sobrecarregado, conexão perdida) é repetida.</translation>
    </message>
    <message>
        <source>Sent as X-Title: the name OpenRouter shows for this app in its rankings and your activity.</source>
        <translation>Enviado como X-Title: o nome que o OpenRouter mostra para este app nos rankings e na sua atividade.</translation>
    </message>
    <message>
        <source>Sent as HTTP-Referer: the site OpenRouter links for this app.</source>
        <translation>Enviado como HTTP-Referer: o site que o OpenRouter vincula a este app.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>N&amp;enhum</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Change this only for a compatible service or a local test server.</source>
        <translation>Altere isto apenas para um serviço compatível ou um servidor de teste local.</translation>
    </message>
    <message>
        <source>%1 overrides this setting while it is set.</source>
        <translation>%1 substitui esta configuração enquanto estiver definido.</translation>
    </message>
    <message>
        <source>The base URL is not a web address: write it like %1.</source>
        <translation>A URL base não é um endereço web: escreva-a como %1.</translation>
    </message>
    <message>
        <source>The app URL must be a web address such as https://example.com.</source>
        <translation>A URL do app deve ser um endereço web como https://example.com.</translation>
    </message>
    <message>
        <source>O&amp;verall limit:</source>
        <translation>Limite &amp;total:</translation>
    </message>
    <message>
        <source>Proxy u&amp;ser and password:</source>
        <translation>&amp;Usuário e senha do proxy:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>A request, retries included, is abandoned after this long even while the server keeps the connection alive. None: no limit.</source>
        <translation>Uma requisição, incluindo as novas tentativas, é abandonada após esse tempo, mesmo que o servidor mantenha a conexão ativa. Nenhum: sem limite.</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Nome de usuário (opcional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Guardada no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
</context>
<context>
    <name>orc::NoticeBanner</name>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>orc::OAuthFlow</name>
    <message>
        <source>Sign-in was not completed in the browser in time.</source>
        <translation>O login não foi concluído no navegador a tempo.</translation>
    </message>
    <message>
        <source>Sign-in is already in progress.</source>
        <translation>Um login já está em andamento.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser's answer on 127.0.0.1: %1</source>
        <translation>Não é possível aguardar a resposta do navegador em 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>OR Studio is signed in</source>
        <translation>O OR Studio está conectado</translation>
    </message>
    <message>
        <source>OR Studio did not get a sign-in code</source>
        <translation>O OR Studio não recebeu um código de login</translation>
    </message>
    <message>
        <source>You can close this tab and return to OR Studio.</source>
        <translation>Você pode fechar esta aba e voltar ao OR Studio.</translation>
    </message>
    <message>
        <source>Start the sign-in again from OR Studio.</source>
        <translation>Inicie o login novamente pelo OR Studio.</translation>
    </message>
    <message>
        <source>The sign-in has no API client.</source>
        <translation>O login não tem cliente de API.</translation>
    </message>
    <message>
        <source>The sign-in answer held no key.</source>
        <translation>A resposta do login não continha uma chave.</translation>
    </message>
</context>
<context>
    <name>orc::OpenRouterClient</name>
    <message>
        <source>The server sent a response that is not a JSON object: %1</source>
        <translation>O servidor enviou uma resposta que não é um objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>orc::PresetStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::PriceTable</name>
    <message>
        <source>Input (prompt)</source>
        <translation>Entrada (prompt)</translation>
    </message>
    <message>
        <source>Output (completion)</source>
        <translation>Saída (completion)</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Tokens de raciocínio</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Leitura de cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Escrita de cache</translation>
    </message>
    <message>
        <source>Cache write (1 hour)</source>
        <translation>Escrita de cache (1 hora)</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Entrada de áudio</translation>
    </message>
    <message>
        <source>Audio cache read</source>
        <translation>Leitura de cache de áudio</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Saída de áudio</translation>
    </message>
    <message>
        <source>Image input</source>
        <translation>Entrada de imagem</translation>
    </message>
    <message>
        <source>per image</source>
        <translation>por imagem</translation>
    </message>
    <message>
        <source>Image input tokens</source>
        <translation>Tokens de entrada de imagem</translation>
    </message>
    <message>
        <source>Image output tokens</source>
        <translation>Tokens de saída de imagem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>por requisição</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Busca na web</translation>
    </message>
    <message>
        <source>per search</source>
        <translation>por busca</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>per 1M tokens</source>
        <translation>por 1M de tokens</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>por unidade</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variável</translation>
    </message>
    <message>
        <source>free</source>
        <translation>grátis</translation>
    </message>
</context>
<context>
    <name>orc::ProviderInfo</name>
    <message>
        <source>The answer to %1 is not a list.</source>
        <translation>A resposta a %1 não é uma lista.</translation>
    </message>
</context>
<context>
    <name>orc::ProxySettings</name>
    <message>
        <source>Enter the proxy's host name, for example proxy.example.com.</source>
        <translation>Informe o nome do host do proxy, por exemplo proxy.example.com.</translation>
    </message>
    <message>
        <source>A proxy host name has no spaces.</source>
        <translation>Um nome de host de proxy não tem espaços.</translation>
    </message>
    <message>
        <source>Write the proxy as a host name, or as socks5://host for a SOCKS proxy.</source>
        <translation>Escreva o proxy como nome de host ou como socks5://host para um proxy SOCKS.</translation>
    </message>
    <message>
        <source>The proxy port is a number from 1 to 65535.</source>
        <translation>A porta do proxy é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The proxy password is used until you quit but could not be stored: %1</source>
        <translation>A senha do proxy será usada até você sair, mas não pôde ser guardada: %1</translation>
    </message>
</context>
<context>
    <name>orc::ResultCard</name>
    <message>
        <source>Generating…</source>
        <translation>Gerando…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>Use as input</source>
        <translation>Usar como entrada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Click to view; drag to another program</source>
        <translation>Clique para ver; arraste para outro programa</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Visualizar…</translation>
    </message>
    <message>
        <source>Use as input (the chosen model takes no input images)</source>
        <translation>Usar como entrada (o modelo escolhido não aceita imagens de entrada)</translation>
    </message>
</context>
<context>
    <name>orc::ResultGrid</name>
    <message>
        <source>Generated images appear here. Write a prompt, pick an aspect ratio and size, and press Generate.</source>
        <translation>As imagens geradas aparecem aqui. Escreva um prompt, escolha a proporção e o tamanho e clique em Gerar.</translation>
    </message>
</context>
<context>
    <name>orc::RetryNotice</name>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Nova tentativa em %n s</numerusform>
            <numerusform>Nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Tentando novamente agora</translation>
    </message>
    <message>
        <source>%1 (attempt %2)…</source>
        <translation>%1 (tentativa %2)…</translation>
    </message>
    <message>
        <source>%1. %2 (attempt %3)…</source>
        <translation>%1. %2 (tentativa %3)…</translation>
    </message>
</context>
<context>
    <name>orc::RoutingCache</name>
    <message>
        <source>Not caching the endpoints of a model without an id.</source>
        <translation>Os endpoints de um modelo sem id não serão armazenados em cache.</translation>
    </message>
    <message>
        <source>The routing cache %1 holds another model.</source>
        <translation>O cache de roteamento %1 contém outro modelo.</translation>
    </message>
    <message>
        <source>Cannot remove the routing cache %1.</source>
        <translation>Não é possível remover o cache de roteamento %1.</translation>
    </message>
</context>
<context>
    <name>orc::RoutingProfile</name>
    <message>
        <source>A routing profile needs a name.</source>
        <translation>Um perfil de roteamento precisa de um nome.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Mais barato</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Mais rápido</translation>
    </message>
    <message>
        <source>Lowest latency</source>
        <translation>Menor latência</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Routing profile %1: "%2" is defined twice; the first is kept.</source>
        <translation>Perfil de roteamento %1: "%2" está definido duas vezes; o primeiro é mantido.</translation>
    </message>
    <message>
        <source>Routing profile %1: %2</source>
        <translation>Perfil de roteamento %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::RoutingSettingsBox</name>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Private (ZDR, no data collection)</source>
        <translation>Privado (ZDR, sem coleta de dados)</translation>
    </message>
    <message>
        <source>Most a provider may charge per million input tokens</source>
        <translation>O máximo que um provedor pode cobrar por milhão de tokens de entrada</translation>
    </message>
    <message>
        <source>Most a provider may charge per million output tokens</source>
        <translation>O máximo que um provedor pode cobrar por milhão de tokens de saída</translation>
    </message>
    <message>
        <source>Let other providers step in</source>
        <translation>Permitir que outros provedores assumam</translation>
    </message>
    <message>
        <source>How OpenRouter picks a provider for this conversation</source>
        <translation>Como o OpenRouter escolhe um provedor para esta conversa</translation>
    </message>
    <message>
        <source>Zero data retention: only endpoints that keep nothing, of providers that do not train on or store your data</source>
        <translation>Retenção zero de dados: apenas endpoints que não guardam nada, de provedores que não treinam com seus dados nem os armazenam</translation>
    </message>
    <message>
        <source>e.g. deepinfra, fireworks</source>
        <translation>p. ex. deepinfra, fireworks</translation>
    </message>
    <message>
        <source>Providers to try first, in this order (comma-separated slugs)</source>
        <translation>Provedores a tentar primeiro, nesta ordem (slugs separados por vírgula)</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>qualquer provedor</translation>
    </message>
    <message>
        <source>Use only these providers</source>
        <translation>Usar apenas estes provedores</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Never use these providers</source>
        <translation>Nunca usar estes provedores</translation>
    </message>
    <message>
        <source>When the providers tried first fail or are busy, others may answer</source>
        <translation>Quando os provedores tentados primeiro falham ou estão ocupados, outros podem responder</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Per&amp;fil</translation>
    </message>
    <message>
        <source>Try &amp;first</source>
        <translation>&amp;Tentar primeiro</translation>
    </message>
    <message>
        <source>O&amp;nly</source>
        <translation>&amp;Somente</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorar</translation>
    </message>
    <message>
        <source>Max $/M in</source>
        <translation>Máx. $/M entrada</translation>
    </message>
    <message>
        <source>Max $/M out</source>
        <translation>Máx. $/M saída</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (excluído)</translation>
    </message>
    <message>
        <source>OpenRouter lists no provider named %1.</source>
        <translation>O OpenRouter não lista nenhum provedor chamado %1.</translation>
    </message>
    <message>
        <source>No provider of this model charges less than $%1/M for input.</source>
        <translation>Nenhum provedor deste modelo cobra menos de $%1/M pela entrada.</translation>
    </message>
    <message>
        <source>No provider of this model charges less than $%1/M for output.</source>
        <translation>Nenhum provedor deste modelo cobra menos de $%1/M pela saída.</translation>
    </message>
</context>
<context>
    <name>orc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>orc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por ação ou tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>Visualizador de imagens</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>%1 (or %2 when Enter sends)</source>
        <translation>%1 (ou %2 quando Enter envia)</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nova linha na mensagem</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajustar a imagem à janela</translation>
    </message>
    <message>
        <source>Show the image at actual size</source>
        <translation>Mostrar a imagem em tamanho real</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Image studio</source>
        <translation>Estúdio de imagens</translation>
    </message>
    <message>
        <source>Paste an input image</source>
        <translation>Colar uma imagem de entrada</translation>
    </message>
    <message>
        <source>Cancel the generation</source>
        <translation>Cancelar a geração</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>orc::SpendChart</name>
    <message>
        <source>Spend chart</source>
        <translation>Gráfico de gastos</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>others</source>
        <translation>outros</translation>
    </message>
    <message>
        <source>No spending in this period</source>
        <translation>Nenhum gasto neste período</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 in %n request(s)</source>
        <translation>
            <numerusform>%1
%2 em %n requisição</numerusform>
            <numerusform>%1
%2 em %n requisições</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::SpendIndicator</name>
    <message>
        <source>No API key</source>
        <translation>Sem chave de API</translation>
    </message>
    <message>
        <source>Sign in or paste a key to chat and create images.</source>
        <translation>Entre ou cole uma chave para conversar e criar imagens.</translation>
    </message>
    <message>
        <source>Account unavailable</source>
        <translation>Conta indisponível</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Conta…</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Lendo a conta…</translation>
    </message>
    <message>
        <source>Can still spend: %1</source>
        <translation>Ainda pode gastar: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Spent with this key: %1 (today %2)</source>
        <translation>Gasto com esta chave: %1 (hoje %2)</translation>
    </message>
    <message>
        <source>Key limit: %1</source>
        <translation>Limite da chave: %1</translation>
    </message>
    <message>
        <source>Account credit: %1</source>
        <translation>Crédito da conta: %1</translation>
    </message>
    <message>
        <source>Click for the account details.</source>
        <translation>Clique para ver os detalhes da conta.</translation>
    </message>
</context>
<context>
    <name>orc::SpendTracker</name>
    <message>
        <source>Over your monthly budget (%1 of %2). Send anyway?</source>
        <translation>Acima do seu orçamento mensal (%1 de %2). Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>Over your daily budget (%1 of %2). Send anyway?</source>
        <translation>Acima do seu orçamento diário (%1 de %2). Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Don't Send</source>
        <translation>Não enviar</translation>
    </message>
</context>
<context>
    <name>orc::StorageSettingsPage</name>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Conversas:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imagens:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>Conversations and the image gallery's records live in this folder.</source>
        <translation>As conversas e os registros da galeria de imagens ficam nesta pasta.</translation>
    </message>
    <message>
        <source>Generated images are saved in this folder.</source>
        <translation>As imagens geradas são salvas nesta pasta.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Limpar cache</translation>
    </message>
    <message>
        <source>%1 in %2 (the model catalog, downloaded again when needed)</source>
        <translation>%1 em %2 (o catálogo de modelos, baixado novamente quando necessário)</translation>
    </message>
    <message>
        <source>%1 could not be removed; check its permissions.</source>
        <translation>%1 não pôde ser removido; verifique as permissões.</translation>
    </message>
    <message>
        <source>Cache cleared.</source>
        <translation>Cache limpo.</translation>
    </message>
    <message>
        <source>Write folders as full paths, such as %1.</source>
        <translation>Escreva as pastas como caminhos completos, como %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>When you change the conversations folder, OR Studio offers to move your conversations, gallery and images there. Folders changed without moving are used from the next start; the data stays where it was.</source>
        <translation>Quando você muda a pasta de conversas, o OR Studio oferece mover suas conversas, galeria e imagens para lá. Pastas alteradas sem mover são usadas a partir da próxima inicialização; os dados ficam onde estavam.</translation>
    </message>
    <message>
        <source>Move Your Data?</source>
        <translation>Mover seus dados?</translation>
    </message>
    <message>
        <source>Move your conversations, gallery and images from %1 to %2?

If you do not move them, they stay in %1 and OR Studio starts with an empty history in %2 from its next start.</source>
        <translation>Mover suas conversas, galeria e imagens de %1 para %2?

Se você não movê-las, elas ficam em %1 e o OR Studio começa com um histórico vazio em %2 a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Move Data</source>
        <translation>Mover dados</translation>
    </message>
    <message>
        <source>Do Not Move</source>
        <translation>Não mover</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>orc::StudioShell</name>
    <message>
        <source>Wait for the reply or the image generation to finish, then change the folder again.</source>
        <translation>Aguarde a resposta ou a geração de imagem terminar e altere a pasta novamente.</translation>
    </message>
    <message>
        <source>Your conversations and images are now in %1.</source>
        <translation>Suas conversas e imagens agora estão em %1.</translation>
    </message>
    <message>
        <source>Your data was not moved and OR Studio keeps using it where it is.

%1</source>
        <translation>Seus dados não foram movidos e o OR Studio continua a usá-los onde estão.

%1</translation>
    </message>
    <message>
        <source>Your data is now in %1, but the old copy could not be removed completely:
%2</source>
        <translation>Seus dados agora estão em %1, mas a cópia antiga não pôde ser removida por completo:
%2</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Pasta de dados</translation>
    </message>
</context>
<context>
    <name>orc::TranscriptFormat</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Em streaming</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 entrada · %2 saída</translation>
    </message>
    <message>
        <source>(%1 reasoning)</source>
        <translation>(%1 de raciocínio)</translation>
    </message>
    <message>
        <source>(%1 cached)</source>
        <translation>(%1 em cache)</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>primeiro token %1 ms</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>primeiro token %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>atendido por %1</translation>
    </message>
    <message>
        <source>Fallback: %1 answered instead of %2.</source>
        <translation>Fallback: %1 respondeu no lugar de %2.</translation>
    </message>
    <message>
        <source>Fallback: %1 served this instead of %2, the provider pinned first.</source>
        <translation>Fallback: %1 atendeu isto no lugar de %2, o provedor fixado em primeiro lugar.</translation>
    </message>
</context>
<context>
    <name>orc::UsagePage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por provedor</translation>
    </message>
    <message>
        <source>App and orcli</source>
        <translation>App e orcli</translation>
    </message>
    <message>
        <source>App only</source>
        <translation>Apenas o app</translation>
    </message>
    <message>
        <source>orcli only</source>
        <translation>Apenas o orcli</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Reading the cost ledger…</source>
        <translation>Lendo o registro de custos…</translation>
    </message>
    <message>
        <source>The cost ledger cannot be read</source>
        <translation>Não é possível ler o registro de custos</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the data folder is readable, then try again.</source>
        <translation>Nada foi alterado. Verifique se a pasta de dados pode ser lida e tente novamente.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message numerus="yes">
        <source>$%1 in %n request(s)</source>
        <translation>
            <numerusform>$%1 em %n requisição</numerusform>
            <numerusform>$%1 em %n requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not priced yet, marked *)</source>
        <translation>
            <numerusform>(%n ainda sem preço, marcada com *)</numerusform>
            <numerusform>(%n ainda sem preço, marcadas com *)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Exportar uso</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Compare with the Account…</source>
        <translation>Comparar com a conta…</translation>
    </message>
    <message>
        <source>Compare what this computer spent with the account's own activity of the last 30 days (needs a management key)</source>
        <translation>Comparar o que este computador gastou com a atividade da própria conta nos últimos 30 dias (requer uma chave de gerenciamento)</translation>
    </message>
</context>
<context>
    <name>orc::UsageTableModel</name>
    <message numerus="yes">
        <source>%n request(s) without a known cost yet</source>
        <translation>
            <numerusform>%n requisição ainda sem custo conhecido</numerusform>
            <numerusform>%n requisições ainda sem custo conhecido</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Dia (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Custo (USD)</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Tokens de prompt</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Tokens de completion</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Tokens de raciocínio</translation>
    </message>
</context>
<context>
    <name>orc::WelcomeDialog</name>
    <message>
        <source>Welcome to OR Studio</source>
        <translation>Bem-vindo ao OR Studio</translation>
    </message>
    <message>
        <source>Connect your OpenRouter account to chat and to create images. You can browse the model catalog without one.</source>
        <translation>Conecte sua conta do OpenRouter para conversar e criar imagens. Você pode explorar o catálogo de modelos sem uma conta.</translation>
    </message>
    <message>
        <source>or paste an API key</source>
        <translation>ou cole uma chave de API</translation>
    </message>
    <message>
        <source>Continue Without a Key</source>
        <translation>Continuar sem chave</translation>
    </message>
    <message>
        <source>Save and Continue</source>
        <translation>Salvar e continuar</translation>
    </message>
    <message>
        <source>Sign in with OpenRouter</source>
        <translation>Entrar com o OpenRouter</translation>
    </message>
    <message>
        <source>Your browser opens OpenRouter, where you approve a key for OR Studio. No password passes through this app.</source>
        <translation>Seu navegador abre o OpenRouter, onde você aprova uma chave para o OR Studio. Nenhuma senha passa por este aplicativo.</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Cancel Sign-in</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href="%1"&gt;openrouter.ai/keys&lt;/a&gt; and paste it here. It is checked with OpenRouter at once.</source>
        <translation>Crie uma chave em &lt;a href="%1"&gt;openrouter.ai/keys&lt;/a&gt; e cole-a aqui. Ela é verificada no OpenRouter na hora.</translation>
    </message>
    <message>
        <source>Check Key</source>
        <translation>Verificar chave</translation>
    </message>
    <message>
        <source>Keep my key in that file</source>
        <translation>Guardar minha chave nesse arquivo</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Não há um chaveiro do sistema disponível neste computador.</translation>
    </message>
    <message>
        <source>OR Studio cannot keep your key encrypted here. It can keep it in a file that only your user account can read: %1</source>
        <translation>O OR Studio não pode guardar sua chave criptografada aqui. Ele pode guardá-la em um arquivo que só a sua conta de usuário pode ler: %1</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain, not in a settings file.</source>
        <translation>Sua chave será guardada no chaveiro do sistema, não em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>%1 is set in the environment; it is used instead of a saved key for as long as it is set.</source>
        <translation>%1 está definido no ambiente; enquanto estiver definido, ele é usado no lugar de uma chave salva.</translation>
    </message>
    <message>
        <source>Without this, the key is used until you quit OR Studio and asked for again next time.</source>
        <translation>Sem isso, a chave é usada até você sair do OR Studio e pedida novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Paste your OpenRouter API key.</source>
        <translation>Cole sua chave de API do OpenRouter.</translation>
    </message>
    <message>
        <source>A key has no spaces or line breaks: paste only the key.</source>
        <translation>Uma chave não tem espaços nem quebras de linha: cole apenas a chave.</translation>
    </message>
    <message>
        <source>A key is plain ASCII text: paste only the key.</source>
        <translation>Uma chave é texto ASCII simples: cole apenas a chave.</translation>
    </message>
    <message>
        <source>This is too short for an OpenRouter key; they look like sk-or-v1-…</source>
        <translation>Isto é curto demais para uma chave do OpenRouter; elas têm a forma sk-or-v1-…</translation>
    </message>
    <message>
        <source>Checking the key with OpenRouter…</source>
        <translation>Verificando a chave no OpenRouter…</translation>
    </message>
    <message>
        <source>This key has nothing left to spend: add credits or raise its limit on openrouter.ai.</source>
        <translation>Esta chave não tem mais nada para gastar: adicione créditos ou aumente o limite dela em openrouter.ai.</translation>
    </message>
    <message>
        <source>OpenRouter does not accept this key: %1</source>
        <translation>O OpenRouter não aceita esta chave: %1</translation>
    </message>
    <message>
        <source>The key could not be checked: %1</source>
        <translation>Não foi possível verificar a chave: %1</translation>
    </message>
    <message>
        <source>You can still save it.</source>
        <translation>Você ainda pode salvá-la.</translation>
    </message>
    <message>
        <source>Use Until I Quit</source>
        <translation>Usar até eu sair</translation>
    </message>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link, open it in your browser and approve access there.</source>
        <translation>Não foi possível abrir um navegador. Copie o link, abra-o no seu navegador e aprove o acesso lá.</translation>
    </message>
    <message>
        <source>Approved. Getting your key…</source>
        <translation>Aprovado. Obtendo sua chave…</translation>
    </message>
    <message>
        <source>Approve access in the browser window that just opened; this dialog continues by itself.</source>
        <translation>Aprove o acesso na janela do navegador que acabou de abrir; esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Falha no login: %1</translation>
    </message>
    <message>
        <source>Signed in. Checking the new key…</source>
        <translation>Login feito. Verificando a nova chave…</translation>
    </message>
    <message>
        <source>Signed in. Tick the box below to keep the key in a file, or use it until you quit.</source>
        <translation>Login feito. Marque a caixa abaixo para guardar a chave em um arquivo ou use-a até sair.</translation>
    </message>
    <message>
        <source>OpenRouter accepts this key.</source>
        <translation>O OpenRouter aceita esta chave.</translation>
    </message>
    <message>
        <source>Check that you copied all of it, or create a new key at openrouter.ai/keys.</source>
        <translation>Verifique se você a copiou inteira ou crie uma nova chave em openrouter.ai/keys.</translation>
    </message>
</context>
</TS>

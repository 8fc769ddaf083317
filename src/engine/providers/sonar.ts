// SonarQube and SonarCloud: current tokens are squ_ (user), sqp_ (project analysis) or sqa_
// (global analysis) and 40 hex characters; older tokens are bare 40 hex and need the word sonar
// and a key-ish name (sonar.token, SONAR_TOKEN) or the older property sonar.login.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sonar',
  name: 'SonarQube',
  category: 'code',
  domains: ['sonarsource.com', 'sonarcloud.io', 'sonarqube.org'],
  noKeysUrl: 'Tokens belong to a user on each SonarQube server or SonarCloud: My Account → Security there.',
  canDo: 'User tokens act as the user on the server (read code and findings, change settings); analysis tokens push analyses.',
  rules: [
    {
      id: 'sonar-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['squ_', 'sqp_', 'sqa_'],
      pattern: bounded('sq[upa]_[a-f0-9]{40}'),
      prefix: /^sq[upa]_/,
      examples: {
        positive: [`mvn verify sonar:sonar -Dsonar.host.url=http://sonarqube:9000 -Dsonar.token=«squ_${fake(HEX, 40, 3190)}»`, `SONAR_TOKEN: «sqp_${fake(HEX, 40, 3191)}»`],
        negative: [`sqp_${fake(HEX, 39, 3192)}`, 'squ_...'],
      },
    },
    {
      id: 'sonar-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      // sonar.login: the scanner's property for a token before sonar.token replaced it.
      context: { words: ['sonar', 'sonarqube', 'sonarcloud'], names: ['sonar.login', '-dsonar.login', 'sonarlogin', 'sonar_login'], strict: true },
      examples: {
        positive: [`sonar.token=«${fake(HEX, 40, 3193)}»`, `SONAR_TOKEN=«${fake(HEX, 40, 3194)}»`, `mvn sonar:sonar -Dsonar.login=«${fake(HEX, 40, 7308)}»`],
        negative: [`sonar scan of commit ${fake(HEX, 40, 3195)}`, `sonar.scm.revision=${fake(HEX, 40, 3196)}`],
      },
    },
  ],
});

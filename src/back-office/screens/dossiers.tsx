import { Route, Switch } from 'wouter';
import './dossiers.css';
import { DossierFile } from './dossiers/file';
import { DossiersList } from './dossiers/list';

/** The booking files: the list at /dossiers, one file at /dossiers/:id. */
export function DossiersScreen() {
  return (
    <Switch>
      <Route path="/" component={DossiersList} />
      <Route path="/:id">{(params) => <DossierFile id={params.id} />}</Route>
    </Switch>
  );
}

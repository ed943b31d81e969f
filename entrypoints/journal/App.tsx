import { JournalApp } from '@/components/journal/JournalApp';

export function App() {
  return <JournalApp />;
}
